using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace EntityExtract.Tests.Support;

/// <summary>
/// A real LibreOffice Calc, headless, with a fresh profile each time: it opens a workbook and saves
/// it as OpenDocument, whose <c>content.xml</c> says what Calc made of it (a database range with
/// <c>table:display-filter-buttons="true"</c> is a filter whose buttons Calc shows).
/// </summary>
internal static class LibreOfficeCalc
{
    public static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /// <summary><c>soffice</c> on the PATH, where Calc is installed beside it; else null.</summary>
    public static string? Soffice { get; } = Find();

    /// <summary>Why Calc cannot run here, or null when it can.</summary>
    public static string? Missing => Soffice is null ? "no LibreOffice Calc: soffice with Calc beside it is not on the PATH (apt-get install libreoffice-calc)" : null;

    /// <summary>Opens each workbook in Calc and returns the <c>content.xml</c> of the OpenDocument it saves, in order.</summary>
    public static List<XDocument> SaveAsOds(params string[] workbooks)
    {
        using var work = new TempFolder();
        var start = new ProcessStartInfo(Soffice!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            $"-env:UserInstallation={new Uri(work.Combine("profile")).AbsoluteUri}", "--headless", "--norestore",
            "--nolockcheck", "--nologo", "--nodefault", "--convert-to", "ods", "--outdir", work.Combine("out"),
        }.Concat(workbooks))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not convert the workbooks in 180 s");
        }

        return [.. workbooks.Select(workbook =>
        {
            var ods = work.Combine($"out/{Path.GetFileNameWithoutExtension(workbook)}.ods");
            Assert.True(File.Exists(ods), $"soffice wrote no {ods} (exit {process.ExitCode}): {stdout} {stderr.Result}");
            using var zip = ZipFile.OpenRead(ods);
            using var content = zip.GetEntry("content.xml")!.Open();
            return XDocument.Load(content);
        })];
    }

    /// <summary>The ranges, as Calc writes them (<c>'mentions 2'.A1:'mentions 2'.D4</c>), whose filter buttons it shows.</summary>
    public static List<string> FilterButtonRanges(XDocument content) =>
        [.. content.Descendants(Table + "database-range")
            .Where(r => (string?)r.Attribute(Table + "display-filter-buttons") == "true")
            .Select(r => (string)r.Attribute(Table + "target-range-address")!)];

    private static string? Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var soffice = Path.Combine(folder, "soffice");
            if (File.Exists(soffice))
            {
                var program = Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice)!;
                return File.Exists(Path.Combine(program, "libsclo.so")) ? soffice : null;
            }
        }

        return null;
    }
}
