using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Entities.Merging;
using EntityExtract.Entities.Tables;
using EntityExtract.Input;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// A place and an organization written alike are one corpus row, typed by most mentions, with
/// the <c>types</c> cell that lets <c>merge</c> of shards take the same majority; but for a known
/// place, whose organization is a body named after it.
/// </summary>
public sealed class SharedTypeTests
{
    private static readonly InputFile A = new("a.txt", "/a.txt");
    private static readonly InputFile B = new("b.txt", "/b.txt");
    private static readonly InputFile C = new("c.txt", "/c.txt");

    private static readonly (InputFile File, (string Display, EntityType Type, int Mentions)[] Names)[] Files =
    [
        (A, [("Milford", EntityType.Organization, 4), ("Ann Milford", EntityType.Person, 1)]),
        (B, [("MILFORD", EntityType.Location, 2)]),
        (C, [("Milford", EntityType.Location, 1), ("Dunmore", EntityType.Location, 1)]),
    ];

    private const string Expected =
        """
        type,entity,mentions,files,names,types
        ORGANIZATION,Milford,7,3,MILFORD (2/1) | Milford (5/2),"MILFORD (LOCATION 2) | Milford (LOCATION 1; ORGANIZATION 4)"
        PERSON,Ann Milford,1,1,,
        LOCATION,Dunmore,1,1,,

        """;

    [Fact]
    public void A_name_typed_a_place_in_some_files_and_an_organization_in_others_is_one_row_of_the_majority_type()
    {
        Assert.Equal(Expected.Replace("\r", ""), Corpus(Files));
    }

    [Fact]
    public void Merge_of_shard_tables_takes_the_same_majority_as_one_run()
    {
        Assert.Equal(Expected.Replace("\r", ""), Merged(Files[..1], Files[1..]));
    }

    private static string Merged(params (InputFile File, (string Display, EntityType Type, int Mentions)[] Names)[][] shards)
    {
        var merger = new EntityTableMerger(TableKind.Corpus);
        foreach (var shard in shards)
        {
            using var rows = TableReaders.Open(new MemoryStream(Encoding.UTF8.GetBytes(Corpus(shard))), OutputFormat.Csv);
            foreach (var row in rows.Rows())
            {
                Assert.Null(merger.Add(TableKind.Corpus, row.Cells));
            }
        }

        return Write(TableColumns.Corpus, merger.Write);
    }

    private static readonly (InputFile File, (string Display, EntityType Type, int Mentions)[] Names)[] Towns =
    [
        (A, [("KENTON", EntityType.Organization, 3), ("Ashby", EntityType.Organization, 2)]),
        (B, [("Kenton", EntityType.Location, 1), ("Ashby", EntityType.Location, 1)]),
        (C, [("Kenton Rovers", EntityType.Organization, 1), ("Ashby United", EntityType.Organization, 1), ("Ashby Town", EntityType.Organization, 1)]),
    ];

    private const string TownsExpected =
        """
        type,entity,mentions,files,names,types
        ORGANIZATION,Kenton Rovers,5,3,KENTON (3/1) | Kenton (1/1) | Kenton Rovers (1/1),Kenton (LOCATION 1)
        ORGANIZATION,Ashby,3,2,,"Ashby (LOCATION 1; ORGANIZATION 2)"
        ORGANIZATION,Ashby Town,1,1,,
        ORGANIZATION,Ashby United,1,1,,

        """;

    [Fact]
    public void A_town_typed_an_organization_joins_the_one_organization_name_starting_with_it_and_merge_agrees()
    {
        Assert.Equal(TownsExpected.Replace("\r", ""), Corpus(Towns));
        Assert.Equal(TownsExpected.Replace("\r", ""), Merged(Towns[..2], Towns[2..]));
        Assert.Equal(TownsExpected.Replace("\r", ""), Merged(Towns[2..], Towns[..1], Towns[1..2]));
    }

    private static readonly (InputFile File, (string Display, EntityType Type, int Mentions)[] Names)[] Countries =
    [
        (A, [("England", EntityType.Organization, 5), ("Milford", EntityType.Organization, 1)]),
        (B, [("England", EntityType.Location, 3), ("Milford", EntityType.Location, 2)]),
        (C, [("ENGLAND", EntityType.Organization, 2), ("England", EntityType.Location, 1)]),
    ];

    private const string CountriesExpected =
        """
        type,entity,mentions,files,names,types
        ORGANIZATION,England,7,2,ENGLAND (2/1) | England (5/1),
        LOCATION,England,4,2,,
        LOCATION,Milford,3,2,,"Milford (LOCATION 2; ORGANIZATION 1)"

        """;

    [Fact]
    public void A_known_place_typed_an_organization_is_a_row_of_its_own_and_merge_agrees()
    {
        // England the team and England the place; Milford, no known place, stays one row.
        Assert.Equal(CountriesExpected.Replace("\r", ""), Corpus(Countries));
        Assert.Equal(CountriesExpected.Replace("\r", ""), Merged(Countries[..1], Countries[1..]));
        Assert.Equal(CountriesExpected.Replace("\r", ""), Merged(Countries[2..], Countries[..2]));
    }

    [Fact]
    public void A_pair_whose_name_files_typed_two_ways_is_one_pair_in_one_run_and_in_merge()
    {
        var a = Piece(A, [("Milford", EntityType.Organization, 2), ("Dunmore", EntityType.Location, 1)], new PairCount(EntityType.Location, "dunmore", EntityType.Organization, "milford", 1));
        var b = Piece(B, [("MILFORD", EntityType.Location, 1), ("Dunmore", EntityType.Location, 1)], new PairCount(EntityType.Location, "dunmore", EntityType.Location, "milford", 1));
        const string expected =
            """
            type1,entity1,type2,entity2,sentences,files,names,types
            LOCATION,Dunmore,ORGANIZATION,Milford,2,2,,
            ORGANIZATION,Milford,,,3,2,MILFORD (1/1) | Milford (2/1),MILFORD (LOCATION 1)
            LOCATION,Dunmore,,,2,2,,

            """;

        var merger = new EntityTableMerger(TableKind.Pairs) { EntityRows = true };
        foreach (var shard in new[] { b, a })
        {
            using var rows = TableReaders.Open(new MemoryStream(Encoding.UTF8.GetBytes(Pairs(shard))), OutputFormat.Csv);
            foreach (var row in rows.Rows())
            {
                Assert.Null(merger.Add(TableKind.Pairs, row.Cells));
            }
        }

        Assert.Equal(expected.Replace("\r", ""), Pairs(a, b));
        Assert.Equal(expected.Replace("\r", ""), Write(TableColumns.Pairs, merger.Write));
    }

    private static PieceEntities Piece(InputFile file, (string Display, EntityType Type, int Mentions)[] names, params PairCount[] pairs) =>
        new(file, file.DisplayPath, true, names.Select(n => new EntityCount(n.Type, NameKey.Of(n.Display), n.Display, n.Mentions, 1, 0)
        {
            Forms = [new(n.Display, n.Mentions)],
        }).ToList())
        {
            Pairs = pairs,
        };

    private static string Pairs(params PieceEntities[] pieces)
    {
        var table = new PairsTable { EntityRows = true };
        return Write(TableColumns.Pairs, writer =>
        {
            foreach (var piece in pieces)
            {
                table.Add(piece, writer);
            }

            table.Finish(writer);
        });
    }

    [Theory]
    [InlineData("Milford (LOCATION 2)")]
    [InlineData("Milford (PERSON 3)")]
    [InlineData("Elsewhere (LOCATION 3)")]
    [InlineData("Milford (LOCATION 3")]
    [InlineData("Milford (PLACE 3)")]
    public void A_types_cell_that_does_not_fit_the_row_is_refused(string cell)
    {
        var merger = new EntityTableMerger(TableKind.Corpus);

        var error = merger.Add(TableKind.Corpus, ["ORGANIZATION", "Milford", "3", "1", "", cell]);

        Assert.StartsWith("types is not a list of the row's names", error);
    }

    private static string Corpus((InputFile File, (string Display, EntityType Type, int Mentions)[] Names)[] files)
    {
        var table = new CorpusTable();
        return Write(TableColumns.Corpus, writer =>
        {
            foreach (var (file, names) in files)
            {
                table.Add(new PieceEntities(file, file.DisplayPath, true, names.Select(n => new EntityCount(n.Type, NameKey.Of(n.Display), n.Display, n.Mentions, 1, 0)
                {
                    Forms = [new(n.Display, n.Mentions)],
                }).ToList()), writer);
            }

            table.Finish(writer);
        });
    }

    private static string Write(string[] columns, Action<ITableWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new CsvTableWriter(stream, columns, new TableWriterOptions()))
        {
            writer.Header();
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
