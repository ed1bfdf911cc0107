using System.Buffers;
using System.Globalization;
using CsvHelper;

namespace EntityExtract.Output;

/// <summary>
/// Writes rows as RFC 4180 CSV through CsvHelper, with the spreadsheet rules the product promises:
/// text cells that start like a formula get a leading <c>'</c> (numbers are never touched), and a
/// text cell holding <c>;</c> or a tab is quoted too, because LibreOffice's import dialog splits
/// unquoted fields on both. Numbers use the invariant culture in their shortest form; scores are
/// rounded to two decimals (see <see cref="ScoreText"/>).
/// </summary>
public sealed class CsvTableWriter : ITextTableWriter
{
    // CsvHelper quotes separator, quote, CR and LF itself; these are the extra ones.
    private static readonly SearchValues<char> ExtraQuoteTriggers = SearchValues.Create(";\t");

    // The characters OWASP lists as formula starts; LibreOffice acts on '=', Excel on all of them.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private readonly CsvWriter _writer;
    private readonly IReadOnlyList<string> _columns;
    private readonly bool _sanitize;
    private char[] _scratch = new char[256];

    public CsvTableWriter(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options)
    {
        _columns = columns;
        _sanitize = options.Sanitize;
        _writer = CsvWriter.Create(destination, new CsvWriterOptions
        {
            NewLine = options.Excel ? "\r\n" : "\n",
            FormatProvider = CultureInfo.InvariantCulture,
            BufferSize = 16 * 1024,
        }, leaveOpen: true);
    }

    public void Header()
    {
        foreach (var name in _columns)
        {
            _writer.WriteField(name.AsSpan(), CsvQuoting.WhenNeeded);
        }

        _writer.EndRecord();
    }

    public void Text(ReadOnlySpan<char> value)
    {
        if (_sanitize && NeedsFormulaGuard(value))
        {
            value = Prefixed(value);
        }

        _writer.WriteField(value, value.ContainsAny(ExtraQuoteTriggers) ? CsvQuoting.Always : CsvQuoting.WhenNeededOrWhitespace);
    }

    /// <summary>
    /// A lone <c>-</c> (the file column for stdin) is left alone: no spreadsheet reads it as a
    /// formula, and users grep for it.
    /// </summary>
    internal static bool NeedsFormulaGuard(ReadOnlySpan<char> value) =>
        !value.IsEmpty && FormulaStarts.Contains(value[0]) && !(value.Length == 1 && value[0] == '-');

    private ReadOnlySpan<char> Prefixed(ReadOnlySpan<char> value)
    {
        if (_scratch.Length < value.Length + 1)
        {
            _scratch = new char[value.Length + 1];
        }

        _scratch[0] = '\'';
        value.CopyTo(_scratch.AsSpan(1));
        return _scratch.AsSpan(0, value.Length + 1);
    }

    public void Number(long value) => _writer.WriteField(value, default);

    /// <summary>A probability rounded to two decimals, e.g. <c>0.87</c>.</summary>
    public void Score(float value) => _writer.WriteField(ScoreText.Round(value), ScoreText.Pattern);

    public void EndRow() => _writer.EndRecord();

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
