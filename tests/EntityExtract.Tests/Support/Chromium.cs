using System.Diagnostics;
using System.Text;

namespace EntityExtract.Tests.Support;

/// <summary>
/// Headless Chromium for page tests: the DOM after the page's script ran, a screenshot, and the
/// console messages (Chromium logs them to stderr with <c>--enable-logging=stderr</c>). Started with
/// its background networking off, as the machine has no network, and a fresh profile each time.
/// </summary>
internal static class Chromium
{
    public const string Expected = "/usr/bin/chromium";

    public static string? Path => File.Exists(Expected) ? Expected : null;

    public sealed record Result(string Stdout, string Stderr)
    {
        /// <summary>
        /// Every console message: Chromium logs them all at INFO whatever their level, and a page
        /// that works writes none (an uncaught error, a console.error or a load the page's
        /// Content-Security-Policy refused all show up here).
        /// </summary>
        public IEnumerable<string> ConsoleErrors => Stderr.Split('\n')
            .Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal));
    }

    /// <summary>Renders <paramref name="url"/> and returns its DOM (<c>--dump-dom</c>) or writes a screenshot.</summary>
    public static Result Run(string url, string? screenshot = null)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Expected)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000", "--window-size=1400,1800", $"--user-data-dir={profile.Path}",
            screenshot is null ? "--dump-dom" : $"--screenshot={screenshot}", url,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish rendering {url}");
        }

        return new Result(stdout, stderr.Result);
    }
}
