using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Entities;

/// <summary>Entity tables from hand-made counts: sums, file counts, first positions and order.</summary>
public sealed class EntityTableTests
{
    private static readonly InputFile A = new("a.txt", "/a.txt");
    private static readonly InputFile B = new("b.txt", "/b.txt");

    [Fact]
    public void File_table_sums_an_entity_over_the_pieces_of_one_file_and_keeps_its_first_position()
    {
        var table = new FileTable();
        var output = Collect(TableColumns.File, writer =>
        {
            table.Add(Piece(A, last: false, ("kerry", "John F. Kerry", EntityType.Person, 3, 1, 10), ("moscow", "Moscow", EntityType.Location, 1, 2, 50)), writer);
            table.Add(Piece(A, last: true, ("kerry", "Kerry", EntityType.Person, 2, 90, 9000), ("putin", "Putin", EntityType.Person, 5, 91, 9100)), writer);
            table.Add(Piece(B, last: true, ("moscow", "Moscow", EntityType.Location, 1, 1, 0)), writer);
            table.Finish(writer);
        });

        Assert.Equal(
            """
            a.txt,PERSON,John F. Kerry,5,1,10,Kerry
            a.txt,PERSON,Putin,5,91,9100,
            a.txt,LOCATION,Moscow,1,2,50,
            b.txt,LOCATION,Moscow,1,1,0,

            """.Replace("\r", ""),
            output);
    }

    [Fact]
    public void Corpus_table_counts_each_file_once_and_sorts_by_mentions_then_type_then_name()
    {
        var table = new CorpusTable();
        var output = Collect(TableColumns.Corpus, writer =>
        {
            table.Add(Piece(A, last: false, ("kerry", "John F. Kerry", EntityType.Person, 2, 1, 0), ("un", "United Nations", EntityType.Organization, 1, 1, 5)), writer);
            table.Add(Piece(A, last: true, ("kerry", "John F. Kerry", EntityType.Person, 1, 9, 900)), writer);
            table.Add(Piece(B, last: true, ("kerry", "Kerry", EntityType.Person, 1, 1, 0), ("moscow", "Moscow", EntityType.Location, 1, 1, 7), ("un", "UN", EntityType.Organization, 1, 2, 9)), writer);
            table.Finish(writer);
        });

        Assert.Equal(
            """
            PERSON,John F. Kerry,4,2,John F. Kerry (3/1) | Kerry (1/1),
            ORGANIZATION,United Nations,2,2,UN (1/1) | United Nations (1/1),
            LOCATION,Moscow,1,1,,

            """.Replace("\r", ""),
            output);
    }

    private static PieceEntities Piece(InputFile file, bool last, params (string Key, string Display, EntityType Type, int Mentions, int Line, long Start)[] counts) =>
        new(file, file.DisplayPath, last, counts.Select(c => new EntityCount(c.Type, NameKey.Of(c.Display), c.Display, c.Mentions, c.Line, c.Start)
        {
            Forms = [new(c.Display, c.Mentions)],
        }).ToList());

    private static string Collect(string[] columns, Action<ITableWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new CsvTableWriter(stream, columns, new TableWriterOptions()))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
