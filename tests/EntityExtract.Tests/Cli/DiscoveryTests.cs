using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Cli;

/// <summary>Which files a run takes, and that it never ends in a silent zero.</summary>
public sealed class DiscoveryTests
{
    private const string Text = "Angela Merkel visited Paris.\n";

    [Theory]
    [InlineData("article.txt")]
    [InlineData("article.TXT")]
    [InlineData("article.Txt")]
    [InlineData("notes.text")]
    [InlineData("notes.md")]
    [InlineData("NOTES.MD")]
    public void A_text_file_is_found_in_a_folder_whatever_its_extension_case(string name)
    {
        using var folder = new TempFolder();
        folder.File("docs/sub/" + name, Text);

        var result = CliProcess.Run(folder.Path, null, "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"docs/sub/{name},1,1,0,13,PERSON,Angela Merkel,", result.Stdout);
        Assert.DoesNotContain("warning", result.Stderr);
    }

    [Fact]
    public void Other_extensions_are_not_taken_by_default()
    {
        using var folder = new TempFolder();
        folder.File("docs/a.txt", Text);
        folder.File("docs/page.xml", Text);
        folder.File("docs/data.csv", Text);

        var result = CliProcess.Run(folder.Path, null, "-q", "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("docs/a.txt,", result.Stdout);
        Assert.DoesNotContain("page.xml", result.Stdout);
        Assert.DoesNotContain("data.csv", result.Stdout);
    }

    [Fact]
    public void Include_patterns_ignore_case_too()
    {
        using var folder = new TempFolder();
        folder.File("docs/PAGE.HTML", Text);

        var result = CliProcess.Run(folder.Path, null, "-q", "--include", "**/*.html", "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("docs/PAGE.HTML,", result.Stdout);
    }

    [Fact]
    public void A_folder_whose_files_are_all_skipped_gets_a_warning_naming_include()
    {
        using var folder = new TempFolder();
        folder.File("docs/a.png", "x");
        folder.File("docs/b.png", "x");
        folder.File("docs/sub/c.csv", "x");
        folder.File("docs/README", "x");

        var result = CliProcess.Run(folder.Path, null, "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("file,line,column,start,end,type,text,score,canonical\n", result.Stdout);
        Assert.Equal(
            "entity-extract: docs: warning: all 4 files skipped (2 .png, 1 without extension, 1 .csv), none matching the include patterns; choose files with --include, e.g. --include '**/*.png'",
            result.StderrLines[0]);
    }

    [Fact]
    public void The_skipped_folder_warning_is_left_out_with_quiet()
    {
        using var folder = new TempFolder();
        folder.File("docs/a.png", "x");

        var result = CliProcess.Run(folder.Path, null, "-q", "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void An_empty_folder_gets_no_warning()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("docs"));

        var result = CliProcess.Run(folder.Path, null, "docs");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("warning", result.Stderr);
    }

    [Theory]
    [InlineData("report.pdf.bak", "PDF")]
    [InlineData("photo.png", "PNG image")]
    [InlineData("photo.jpg", "JPEG image")]
    [InlineData("letter.zip", "ZIP archive, such as .docx or .xlsx")]
    [InlineData("blob.txt", "NUL byte in the first 8 KB")]
    public void A_binary_file_named_on_the_command_line_is_skipped_with_a_message_and_exit_1(string name, string kind)
    {
        using var folder = new TempFolder();
        folder.File("good.txt", Text);
        byte[] bytes = kind switch
        {
            "PDF" => [.. "%PDF-1.7\n1 0 obj << /Filter /FlateDecode /Length 42 >>\nstream\n"u8],
            "PNG image" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. "IHDR Length"u8],
            "JPEG image" => [0xFF, 0xD8, 0xFF, 0xE0, .. "JFIF Adobe Photoshop"u8],
            "ZIP archive, such as .docx or .xlsx" => [(byte)'P', (byte)'K', 0x03, 0x04, .. "word/document.xml"u8],
            _ => [.. "Angela Merkel"u8, 0, .. "Paris"u8],
        };
        folder.File(name, bytes);

        var result = CliProcess.Run(folder.Path, null, "-q", name, "good.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"entity-extract: {name}: is a binary file ({kind})"], result.StderrLines);
        Assert.DoesNotContain(name, result.Stdout);
        Assert.Contains("good.txt,1,1,0,13,PERSON,Angela Merkel,", result.Stdout);
    }

    [Fact]
    public void A_pdf_under_another_name_found_by_include_is_skipped_with_the_same_message()
    {
        using var folder = new TempFolder();
        folder.File("docs/report.dat", [.. "%PDF-1.4\nFlateDecode Length\n"u8]);

        var result = CliProcess.Run(folder.Path, null, "-q", "--include", "**/*", "docs");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["entity-extract: docs/report.dat: is a binary file (PDF)"], result.StderrLines);
    }
}
