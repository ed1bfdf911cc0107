using System.Diagnostics;
using System.Globalization;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// A live status line on stderr (files done/total, MB/s, ETA), redrawn in place at most ten
/// times a second so that drawing never costs more than the work it reports on.
/// </summary>
internal sealed class ProgressLine
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = -Interval;
    private int _width;

    public void Update(int filesDone, int filesTotal, long bytesDone)
    {
        var now = _clock.Elapsed;
        if (now - _lastDraw < Interval && filesDone < filesTotal)
        {
            return;
        }

        _lastDraw = now;
        var seconds = Math.Max(now.TotalSeconds, 1e-3);
        var rate = bytesDone / 1e6 / seconds;
        var eta = filesDone == 0 ? "?" : FormatTime(seconds * (filesTotal - filesDone) / filesDone);
        var text = string.Create(CultureInfo.InvariantCulture, $"{filesDone}/{filesTotal} files, {rate:0.0} MB/s, ETA {eta}");
        Draw(text);
    }

    /// <summary>Removes the line, so the next stderr message starts on a clean line.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            Console.Error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }

    private void Draw(string text)
    {
        var padded = text.Length < _width ? text + new string(' ', _width - text.Length) : text;
        Console.Error.Write("\r" + padded);
        _width = text.Length;
    }

    private static string FormatTime(double seconds) =>
        TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
