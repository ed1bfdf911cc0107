using EntityExtract.Tests.Input.Documents;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Input.Languages;

/// <summary>Files not in English are left untagged, named in a warning and counted; English never is.</summary>
public sealed class LanguageRunTests
{
    [Fact]
    public void German_and_French_articles_give_no_rows_and_a_warning_naming_the_language()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "german-article.txt", "german-sports.txt", "french-article.txt", "spanish-article.txt" })
        {
            folder.File("docs/" + name, File.ReadAllBytes(DocumentFixtures.PathOf(name)));
        }

        folder.File("docs/english.txt", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "berlin-summit.txt")));

        var result = CliProcess.Run(folder.Path, null, "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.All(DocumentRunTests.Rows(result.Stdout), row => Assert.Equal("docs/english.txt", row["file"]));
        Assert.Contains("entity-extract: docs/german-article.txt: warning: written in German, not English; not tagged (--all-languages tags it)", result.Stderr);
        Assert.Contains("entity-extract: docs/german-sports.txt: warning: written in German", result.Stderr);
        Assert.Contains("entity-extract: docs/french-article.txt: warning: written in French", result.Stderr);
        Assert.Contains("entity-extract: docs/spanish-article.txt: warning: written in Spanish", result.Stderr);
        Assert.Contains("5 files,", result.Stderr);
        Assert.Contains("0 failed, 4 not in English (not tagged),", result.Stderr);
    }

    [Fact]
    public void All_languages_tags_them_anyway()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "--all-languages", DocumentFixtures.PathOf("german-article.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(",PERSON,Angela Merkel,", result.Stdout);
        Assert.DoesNotContain("not in English", result.Stderr);
    }

    [Fact]
    public void The_samples_and_the_converted_articles_are_english()
    {
        var result = CliProcess.Run(RepoPaths.Root, null, "samples", DocumentFixtures.Folder, "--exclude", "*-article.txt", "--exclude", "german-*");

        Assert.DoesNotContain("not in English", result.Stderr);
        Assert.DoesNotContain("written in", result.Stderr);
    }
}
