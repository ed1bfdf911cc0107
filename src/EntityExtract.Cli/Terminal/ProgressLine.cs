using System.Diagnostics;
using System.Globalization;
using EntityExtract.Input;
using EntityExtract.Pipeline;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// A live status line on stderr: bytes read of the total (the files' sizes, summed in the
/// background so a large folder starts at once), files done as a second figure, speed, and the
/// time left from bytes, not files — so 2118 of 2130 files with most bytes still to read does not
/// say "ETA 0:00". Redrawn in place at most ten times a second, never wider than the terminal,
/// and ended (cleared) before any other line is written to stderr.
/// </summary>
internal sealed class ProgressLine
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task<long?> _totalBytes;
    private readonly object _gate = new();
    private TimeSpan _lastDraw = -Interval;
    private int _width;

    public ProgressLine(IReadOnlyList<InputFile> files)
    {
        _totalBytes = Task.Run(() => TotalBytes(files));
    }

    public void Update(RunProgress progress)
    {
        var now = _clock.Elapsed;
        if (now - _lastDraw < Interval)
        {
            return;
        }

        _lastDraw = now;
        var total = _totalBytes.IsCompletedSuccessfully ? _totalBytes.Result : null;
        Draw(Text(progress, total, now));
    }

    /// <summary>Removes the line, so the next stderr message starts on a clean line.</summary>
    public void End()
    {
        lock (_gate)
        {
            if (_width > 0)
            {
                // Three more columns for the "^C" a terminal echoes after the line on Ctrl-C.
                var blank = Math.Min(_width + 3, Room());
                Console.Error.Write("\r" + new string(' ', blank) + "\r");
                Console.Error.Flush();
                _width = 0;
            }
        }
    }

    /// <summary>
    /// "12.5 of 40.0 MB (31%), 210/2130 files, 6.2 MB/s, ETA 0:04"; without a known total (stdin),
    /// "12.5 MB, 210 files, 6.2 MB/s". Speeds under 1 MB/s are written in KB/s (<see cref="Speed"/>).
    /// </summary>
    internal static string Text(RunProgress progress, long? totalBytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var rate = progress.BytesDone / seconds;
        if (totalBytes is not { } total || total <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Megabytes(progress.BytesDone)} MB, {progress.FilesDone} files, {Speed(rate)}");
        }

        var done = Math.Min(progress.BytesDone, total);
        var percent = (int)(100.0 * done / total);
        var eta = done == 0 ? "?" : FormatTime(seconds * (total - done) / done);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Megabytes(done)} of {Megabytes(total)} MB ({percent}%), {progress.FilesDone}/{progress.FilesTotal} files, {Speed(rate)}, ETA {eta}");
    }

    private void Draw(string text)
    {
        lock (_gate)
        {
            var room = Room();
            if (text.Length > room)
            {
                text = text[..room];
            }

            var padded = text.Length < _width ? text + new string(' ', _width - text.Length) : text;
            Console.Error.Write("\r" + padded);
            Console.Error.Flush();
            _width = text.Length;
        }
    }

    /// <summary>One less than the terminal's width: writing the last column would wrap the line.</summary>
    private static int Room()
    {
        try
        {
            var width = Console.WindowWidth;
            return width > 10 ? width - 1 : 79;
        }
        catch (IOException)
        {
            return 79;
        }
    }

    private static long? TotalBytes(IReadOnlyList<InputFile> files)
    {
        long total = 0;
        foreach (var file in files)
        {
            if (file.FullPath is not { } path)
            {
                return null; // stdin: no size to know
            }

            try
            {
                total += new FileInfo(path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a file that cannot be measured will be reported when read
            }
        }

        return total;
    }

    /// <summary>"6.2 MB/s"; below 1 MB/s (the accurate model's pace) "34 KB/s", so a slow run does not read "0.0 MB/s".</summary>
    internal static string Speed(double bytesPerSecond) => bytesPerSecond >= 1e6
        ? Megabytes(bytesPerSecond) + " MB/s"
        : (bytesPerSecond / 1e3).ToString("0", CultureInfo.InvariantCulture) + " KB/s";

    private static string Megabytes(double bytes) => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture);

    private static string FormatTime(double seconds) =>
        TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
