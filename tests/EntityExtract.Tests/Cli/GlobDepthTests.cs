using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Patterns as in .gitignore and ripgrep's -g: without a slash at any depth, with one from the folder walked.</summary>
public sealed class GlobDepthTests
{
    [Fact]
    public void A_pattern_without_a_slash_finds_nested_files()
    {
        using var folder = new TempFolder();
        folder.File("docs/top.md", "Angela Merkel visited Paris.\n");
        folder.File("docs/a/b/nested.md", "Angela Merkel visited Paris.\n");
        folder.File("docs/a/skip.txt", "Angela Merkel visited Paris.\n");

        var result = CliProcess.Run(folder.Path, null, "-q", "--include", "*.md", "docs");

        Assert.Contains("docs/top.md,", result.Stdout);
        Assert.Contains("docs/a/b/nested.md,", result.Stdout);
        Assert.DoesNotContain("skip.txt", result.Stdout);
    }

    [Fact]
    public void A_pattern_with_a_slash_or_a_leading_slash_is_from_the_folder_walked()
    {
        using var folder = new TempFolder();
        folder.File("docs/top.md", "Angela Merkel visited Paris.\n");
        folder.File("docs/a/nested.md", "Angela Merkel visited Paris.\n");
        folder.File("docs/a/b/deeper.md", "Angela Merkel visited Paris.\n");

        var rooted = CliProcess.Run(folder.Path, null, "-q", "--include", "/*.md", "docs");
        var inA = CliProcess.Run(folder.Path, null, "-q", "--include", "a/*.md", "docs");

        Assert.Contains("docs/top.md,", rooted.Stdout);
        Assert.DoesNotContain("nested.md", rooted.Stdout);
        Assert.Contains("docs/a/nested.md,", inA.Stdout);
        Assert.DoesNotContain("deeper.md", inA.Stdout);
    }

    [Fact]
    public void An_exclude_without_a_slash_removes_nested_files()
    {
        using var folder = new TempFolder();
        folder.File("docs/keep.txt", "Angela Merkel visited Paris.\n");
        folder.File("docs/a/draft-1.txt", "Angela Merkel visited Paris.\n");

        var result = CliProcess.Run(folder.Path, null, "-q", "--exclude", "draft-*", "docs");

        Assert.Contains("docs/keep.txt,", result.Stdout);
        Assert.DoesNotContain("draft-1.txt", result.Stdout);
    }
}
