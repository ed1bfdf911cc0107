using System.Globalization;
using System.Net;

namespace EntityExtract.Report;

/// <summary>Text for inline SVG and HTML: numbers in the invariant culture, text escaped.</summary>
internal static class Svg
{
    /// <summary>Formats with the invariant culture (a decimal comma would break SVG numbers).</summary>
    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Width of a label in pixels at the page's 12 px sans-serif, estimated per character.</summary>
    public static double TextWidth(string text, double size = 12) => Math.Ceiling(text.Length * size * 0.58);

    /// <summary>Shortens a long name for a label; the full name stays in the title.</summary>
    public static string Clip(string text, int max = 28) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
