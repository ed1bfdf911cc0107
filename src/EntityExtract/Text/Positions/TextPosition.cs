namespace EntityExtract.Text.Positions;

/// <summary>
/// Where a character sits in a decoded text, as users count it: <see cref="Offset"/> in Unicode
/// code points from the start (BOM excluded), <see cref="Line"/> and <see cref="Column"/> 1-based,
/// the column also in code points. All 64-bit, as in <see cref="TextOrigin"/>.
/// </summary>
public readonly record struct TextPosition(long Offset, long Line, long Column);
