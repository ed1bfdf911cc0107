using System.Globalization;
using EntityExtract.Training;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Shows training on stderr: a bar for the epoch in progress (only on a terminal) and one
/// permanent line per epoch with its dev scores.
/// </summary>
internal sealed class TrainingProgressRenderer(bool drawBar)
{
    private const int BarWidth = 30;
    private int _lastFilled = -1;
    private bool _barShown;

    public void Report(TrainingProgress progress)
    {
        if (progress.Epoch is { } epoch)
        {
            Clear();
            Stderr.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"epoch {epoch.Epoch}/{epoch.Epochs}: dev F1 {epoch.DevF1:0.00} (P {epoch.DevPrecision:0.00}, R {epoch.DevRecall:0.00}), {epoch.Elapsed.TotalSeconds:0.0} s{(epoch.IsBest ? ", best so far" : "")}"));
            return;
        }

        if (progress.Stage != TrainingStage.Training)
        {
            Clear();
            if (progress.Message.Length > 0)
            {
                Stderr.Line(progress.Message);
            }

            return;
        }

        if (drawBar && progress.Total > 0)
        {
            var filled = (int)((long)progress.Done * BarWidth / progress.Total);
            if (filled != _lastFilled)
            {
                _lastFilled = filled;
                _barShown = true;
                Console.Error.Write($"\repoch {progress.EpochNumber}/{progress.Epochs} [{new string('#', filled)}{new string('.', BarWidth - filled)}]");
            }
        }
    }

    public void Clear()
    {
        if (_barShown)
        {
            Console.Error.Write("\r" + new string(' ', BarWidth + 24) + "\r");
            _barShown = false;
            _lastFilled = -1;
        }
    }
}
