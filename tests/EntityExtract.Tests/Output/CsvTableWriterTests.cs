using System.Text;
using CsvHelper;
using EntityExtract.Output;

namespace EntityExtract.Tests.Output;

public sealed class CsvTableWriterTests
{
    private static readonly string[] Columns = ["a", "b"];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-foo", "'-foo")]
    [InlineData("@user", "'@user")]
    [InlineData("-", "-")]
    [InlineData("Zoë", "Zoë")]
    public void Text_cells_that_look_like_formulas_get_an_apostrophe(string value, string expected)
    {
        Assert.Equal(expected + "\n", WriteOne(w => w.Text(value), sanitize: true));
    }

    [Fact]
    public void Sanitizing_can_be_turned_off()
    {
        Assert.Equal("=1+1\n", WriteOne(w => w.Text("=1+1"), sanitize: false));
    }

    [Theory]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a\tb", "\"a\tb\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("O'Brien", "O'Brien")]
    public void Fields_with_separators_of_any_spreadsheet_are_quoted(string value, string expected)
    {
        Assert.Equal(expected + "\n", WriteOne(w => w.Text(value), sanitize: false));
    }

    [Theory]
    [InlineData(0.873f, "0.87")]
    [InlineData(1f, "1")]
    [InlineData(0f, "0")]
    [InlineData(0.125f, "0.13")]
    [InlineData(0.5f, "0.5")]
    [InlineData(0.999f, "1")]
    public void Scores_are_rounded_to_two_decimals_in_shortest_form(float score, string expected)
    {
        Assert.Equal(expected + "\n", WriteOne(w => w.Score(score), sanitize: true));
    }

    [Fact]
    public void Numbers_are_never_sanitized_and_use_the_invariant_culture()
    {
        Assert.Equal("-5,1234567\n", WriteOne(w => { w.Number(-5); w.Number(1234567); }, sanitize: true));
    }

    [Fact]
    public void Excel_mode_ends_rows_with_crlf()
    {
        var stream = new MemoryStream();
        using (var writer = new CsvTableWriter(stream, Columns, new TableWriterOptions { Excel = true }))
        {
            writer.Text("a");
            writer.EndRow();
        }

        Assert.Equal("a\r\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Any_string_round_trips_through_csvhelper_when_not_sanitized()
    {
        const int seed = 4180;
        var random = new Random(seed);
        string[] alphabet = ["a", "Z", ",", "\"", "\n", "\r\n", "\r", ";", "\t", " ", "=", "+", "-", "@", "'", "😀", "é", "\u00a0", "\u2028"];
        var values = new List<string[]>();
        for (var row = 0; row < 2000; row++)
        {
            values.Add([RandomString(random, alphabet), RandomString(random, alphabet)]);
        }

        var stream = new MemoryStream();
        using (var writer = new CsvTableWriter(stream, Columns, new TableWriterOptions { Sanitize = false }))
        {
            writer.Header();
            foreach (var row in values)
            {
                writer.Text(row[0]);
                writer.Text(row[1]);
                writer.EndRow();
            }
        }

        using var reader = CsvReader.Create(stream.ToArray(), new CsvReaderOptions { Separator = ',' });
        var index = 0;
        foreach (var row in reader)
        {
            Assert.True(values[index][0] == row.GetString(0) && values[index][1] == row.GetString(1), $"seed {seed}, row {index}");
            index++;
        }

        Assert.Equal(values.Count, index);
    }

    private static string RandomString(Random random, string[] alphabet)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string WriteOne(Action<CsvTableWriter> write, bool sanitize)
    {
        var stream = new MemoryStream();
        using (var writer = new CsvTableWriter(stream, Columns, new TableWriterOptions { Sanitize = sanitize }))
        {
            write(writer);
            writer.EndRow();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
