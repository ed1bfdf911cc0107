using System.Globalization;
using System.Text;

namespace EntityExtract.Output;

/// <summary>
/// Tab-separated values as tools like <c>cut</c> and <c>awk</c> expect them: one line per row, no
/// quoting, and a backslash escape for the characters that would break that (<c>\t</c>, <c>\n</c>,
/// <c>\r</c>, <c>\\</c>). Formula guarding applies as in CSV, since spreadsheets open TSV too.
/// </summary>
public sealed class TsvTableWriter(Stream destination, IReadOnlyList<string> columns, TableWriterOptions options) : ITextTableWriter
{
    private readonly StreamWriter _writer = new(destination, new UTF8Encoding(false), 16 * 1024, leaveOpen: true)
    {
        NewLine = options.Excel ? "\r\n" : "\n",
    };

    private bool _rowStarted;

    public void Header()
    {
        foreach (var column in columns)
        {
            Text(column);
        }

        EndRow();
    }

    public void Text(ReadOnlySpan<char> value)
    {
        Separate();
        if (options.Sanitize && CsvTableWriter.NeedsFormulaGuard(value))
        {
            _writer.Write('\'');
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '\t': _writer.Write("\\t"); break;
                case '\n': _writer.Write("\\n"); break;
                case '\r': _writer.Write("\\r"); break;
                case '\\': _writer.Write("\\\\"); break;
                default: _writer.Write(c); break;
            }
        }
    }

    public void Number(long value)
    {
        Separate();
        _writer.Write(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Score(float value)
    {
        Separate();
        _writer.Write(ScoreText.Format(value));
    }

    public void EndRow()
    {
        _writer.WriteLine();
        _rowStarted = false;
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_rowStarted)
        {
            _writer.Write('\t');
        }

        _rowStarted = true;
    }
}
