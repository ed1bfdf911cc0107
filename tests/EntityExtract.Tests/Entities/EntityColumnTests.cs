using System.Text;
using EntityExtract.Entities.Joining;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities;

/// <summary>
/// <c>extract --entity</c> (the corpus row of every mention), <c>--aliases</c> (the user's joins and
/// keep-apart lines) and <c>--pair-unit article</c>, on two short news files with exact rows.
/// </summary>
public sealed class EntityColumnTests : IDisposable
{
    private const string Header = "file,line,column,start,end,type,text,score,canonical,entity_type,entity\n";

    private readonly TempFolder _folder = new();

    public EntityColumnTests()
    {
        _folder.File("news/a.txt",
            "Secretary of State John F. Kerry met Sergei Lavrov in Geneva on Monday.\n" +
            "Kerry said the talks with Russia were useful. Britain and the United States welcomed them.\n");
        _folder.File("news/b.txt", "Lavrov spoke to reporters in Moscow. Kerry was not there.\nThe United Kingdom sent a minister.\n");
        _folder.File("aliases.tsv", "# joins, then a keep-apart line\n\nMoscow\tRussia\nKerry\t!John F. Kerry\tPERSON\n");
    }

    [Fact]
    public void Every_mention_names_the_corpus_row_it_is_counted_in()
    {
        var result = Run("extract", "--entity", "news");

        Assert.Equal(
            Header +
            "news/a.txt,1,20,19,32,PERSON,John F. Kerry,0.99,John F. Kerry,PERSON,John F. Kerry\n" +
            "news/a.txt,1,38,37,50,PERSON,Sergei Lavrov,0.99,Sergei Lavrov,PERSON,Sergei Lavrov\n" +
            "news/a.txt,1,55,54,60,LOCATION,Geneva,0.99,Geneva,LOCATION,Geneva\n" +
            "news/a.txt,2,1,72,77,PERSON,Kerry,0.99,John F. Kerry,PERSON,John F. Kerry\n" +
            "news/a.txt,2,27,98,104,LOCATION,Russia,0.95,Russia,LOCATION,Russia\n" +
            "news/a.txt,2,47,118,125,LOCATION,Britain,0.97,Britain,LOCATION,United Kingdom\n" +
            "news/a.txt,2,63,134,147,LOCATION,United States,1,United States,LOCATION,United States\n" +
            "news/b.txt,1,1,0,6,PERSON,Lavrov,0.35,Lavrov,PERSON,Sergei Lavrov\n" +
            "news/b.txt,1,30,29,35,LOCATION,Moscow,0.99,Moscow,LOCATION,Moscow\n" +
            "news/b.txt,1,38,37,42,PERSON,Kerry,0.92,Kerry,PERSON,John F. Kerry\n" +
            "news/b.txt,2,5,62,76,LOCATION,United Kingdom,0.99,United Kingdom,LOCATION,United Kingdom\n",
            result);
        Assert.StartsWith("type,entity,mentions,files,names,types\nPERSON,John F. Kerry,3,2,", Run("extract", "--group", "corpus", "news"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rows_are_the_same_at_every_thread_count_and_the_columns_keep_context_last()
    {
        var one = Run("extract", "--entity", "--context", "10", "--threads", "1", "news");

        Assert.Equal(one, Run("extract", "--entity", "--context", "10", "--threads", "4", "news"));
        Assert.StartsWith("file,line,column,start,end,type,text,score,canonical,entity_type,entity,context\n", one, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_into_pieces_counts_a_later_surname_under_the_full_name_of_an_earlier_piece()
    {
        var filler = string.Concat(Enumerable.Repeat("The weather was mild and the markets were quiet that week.\n\n", 6000));
        _folder.File("big/long.txt", "Secretary of State John F. Kerry arrived.\n\n" + filler + "Kerry left.\n");

        var rows = Run("extract", "--entity", "big").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.EndsWith(",John F. Kerry,PERSON,John F. Kerry", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Alias_lines_join_a_split_and_keep_apart_a_join_in_files_and_across_them()
    {
        var corpus = Run("extract", "--group", "corpus", "--aliases", "aliases.tsv", "news");
        var mentions = Run("extract", "--entity", "--aliases", "aliases.tsv", "news");

        Assert.Equal(
            "type,entity,mentions,files,names,types\n" +
            "PERSON,Kerry,2,2,,\n" +
            "PERSON,Sergei Lavrov,2,2,Lavrov (1/1) | Sergei Lavrov (1/1),\n" +
            "LOCATION,Russia,2,2,Moscow (1/1) | Russia (1/1),\n" +
            "LOCATION,United Kingdom,2,2,Britain (1/1) | United Kingdom (1/1),\n" +
            "PERSON,John F. Kerry,1,1,,\n" +
            "LOCATION,Geneva,1,1,,\n" +
            "LOCATION,United States,1,1,,\n",
            corpus);
        Assert.Contains("news/a.txt,2,1,72,77,PERSON,Kerry,0.99,Kerry,PERSON,Kerry\n", mentions, StringComparison.Ordinal);
        Assert.Contains("news/b.txt,1,30,29,35,LOCATION,Moscow,0.99,Moscow,LOCATION,Russia\n", mentions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Britain\n", "aliases.tsv:1: expected NAME<TAB>CANONICAL or NAME<TAB>!OTHER, optionally <TAB>TYPE (found 1 cell)")]
    [InlineData("# ok\n\nBritain\tUnited Kingdom\tPLACE\n", "aliases.tsv:3: unknown type 'PLACE' (PERSON, LOCATION, ORGANIZATION or MISC)")]
    [InlineData("UK\t!uk\n", "aliases.tsv:1: 'UK' and '!uk' are one name already")]
    [InlineData("A\tB\nA\tC\n", "aliases.tsv:2: 'A' is joined into another name on an earlier line")]
    [InlineData("A\tB\nB\tA\n", "aliases.tsv: the names joined into 'a' come round to it again")]
    public void A_bad_alias_line_is_a_usage_error_naming_the_file_and_line(string lines, string message)
    {
        _folder.File("aliases.tsv", lines);

        foreach (var command in new[] { new[] { "extract", "--aliases", "aliases.tsv", "news" }, new[] { "merge", "--aliases", "aliases.tsv", "x.csv" } })
        {
            var result = CliProcess.Run(_folder.Path, null, command);
            Assert.Equal((2, $"entity-extract: {message}\n"), (result.ExitCode, result.Stderr));
        }
    }

    [Fact]
    public void Alias_rules_match_names_as_the_tables_do_and_keep_apart_through_a_third_name()
    {
        var rules = UserAliases.Read(new StringReader("Mrs  kerry\t!JOHN F. KERRY\tPERSON\nTories\tConservative Party\n"), "rules");

        Assert.True(rules.KeepsApart(EntityExtract.Tagging.Labels.EntityType.Person, "kerry", "john f. kerry"));
        Assert.False(rules.KeepsApart(EntityExtract.Tagging.Labels.EntityType.Location, "kerry", "john f. kerry"));
        Assert.Equal("conservative party", rules.CanonicalKey(EntityExtract.Tagging.Labels.EntityType.Organization, "tories"));
    }

    [Fact]
    public void Pairs_by_article_count_articles_and_leave_out_entity_rows_unless_asked()
    {
        var byArticle = Run("extract", "--group", "pairs", "--pair-unit", "article", "news").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var withEntities = Run("extract", "--group", "pairs", "--entity-rows", "news").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bySentence = Run("extract", "--group", "pairs", "news").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("type1,entity1,type2,entity2,articles,files,names,types", byArticle[0]);
        Assert.Equal("LOCATION,United Kingdom,PERSON,John F. Kerry,2,2,Britain ~ John F. Kerry (1/1) | United Kingdom ~ Kerry (1/1),", byArticle[1]);
        Assert.Equal(19, byArticle.Length); // 7 names in a.txt (21 pairs less Kerry twice: 15), 4 in b.txt (6), two pairs of both
        Assert.Contains("PERSON,John F. Kerry,PERSON,Sergei Lavrov,2,2,John F. Kerry ~ Sergei Lavrov (1/1) | Kerry ~ Lavrov (1/1),", byArticle);
        Assert.All(byArticle.Skip(1).Concat(bySentence.Skip(1)), r => Assert.DoesNotContain(",,,", r, StringComparison.Ordinal));
        Assert.Equal(7, withEntities.Length - bySentence.Length); // the corpus table's 7 rows
    }

    public void Dispose() => _folder.Dispose();

    private string Run(params string[] args)
    {
        var result = CliProcess.Run(_folder.Path, null, [.. args, "-q"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return Encoding.UTF8.GetString(result.StdoutBytes);
    }
}
