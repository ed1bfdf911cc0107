using EntityExtract.Tagging.Labels;

namespace EntityExtract.Training;

/// <summary>
/// Perceptron weights in rows of 17 (one per label) with lazy "timestamp" averaging: each row
/// remembers the clock tick at which it last changed, and its running total is brought up to
/// date only when it changes again (or when an average is read). The average over all ticks is
/// thus exact without touching every weight after every sentence.
/// </summary>
internal sealed class AveragedWeights
{
    private const int L = BilouLabel.Count;

    private readonly double[] _totals;
    private readonly int[] _stamps;

    public AveragedWeights(int rows)
    {
        Rows = rows;
        Current = new float[rows * L];
        _totals = new double[rows * L];
        _stamps = new int[rows];
    }

    public int Rows { get; }

    /// <summary>The live weights used for decoding during training.</summary>
    public float[] Current { get; }

    /// <summary>Number of training sentences seen so far.</summary>
    public int Clock { get; private set; }

    public void Tick() => Clock++;

    public void Add(int row, int label, float delta)
    {
        Flush(row);
        Current[(row * L) + label] += delta;
    }

    /// <summary>The averaged weights as of now; training can continue afterwards.</summary>
    public float[] Average()
    {
        var average = new float[Current.Length];
        var clock = Math.Max(Clock, 1);
        for (var row = 0; row < Rows; row++)
        {
            Flush(row);
            for (var y = 0; y < L; y++)
            {
                average[(row * L) + y] = (float)(_totals[(row * L) + y] / clock);
            }
        }

        return average;
    }

    private void Flush(int row)
    {
        var elapsed = Clock - _stamps[row];
        if (elapsed == 0)
        {
            return;
        }

        var start = row * L;
        for (var y = 0; y < L; y++)
        {
            _totals[start + y] += elapsed * (double)Current[start + y];
        }

        _stamps[row] = Clock;
    }
}
