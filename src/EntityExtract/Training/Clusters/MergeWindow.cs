namespace EntityExtract.Training.Clusters;

/// <summary>
/// The active clusters of Brown clustering (at most C + 1 slots) with everything needed to pick the
/// cheapest merge: dense cluster-pair counts and, for every pair of slots, the AMI that merging them
/// would lose. Losses are maintained incrementally, so a step costs O(C · neighbours) plus one scan
/// of the C² table instead of the naive O(C³).
/// </summary>
/// <remarks>
/// For slots i, j the loss splits into a "coupling" part, the sum over third clusters y of
/// <see cref="Entropy.Split"/> of i's and j's counts with y, which changes only where a merged or
/// added cluster has neighbours, and a "rest" that depends on the pair's own counts, marginals and
/// row sums, computed afresh in O(1) whenever those change (see <c>MergeWindow.Loss.cs</c>).
/// The mutual information is taken over the entered words only, with marginals from the whole
/// corpus, as in the classic windowed algorithm.
/// </remarks>
internal sealed partial class MergeWindow
{
    private readonly WordBigrams _bigrams;
    private readonly int _size;
    private readonly int[] _joint;
    private readonly double[] _coupling;
    private readonly double[] _loss;
    private readonly double[] _logLeftPair;
    private readonly double[] _logRightPair;
    private readonly long[] _left;
    private readonly long[] _right;
    private readonly double[] _logLeft;
    private readonly double[] _logRight;
    private readonly long[] _rowSum;
    private readonly long[] _colSum;
    private readonly int[] _slotNode;
    private readonly int[] _nodeSlot;
    private readonly int[] _live;
    private readonly NodeSets _sets;
    private readonly MergeTree _tree;

    // Scratch reused by every step, so the merge loop allocates nothing.
    private readonly int[] _touched;
    private readonly int[] _mark;
    private readonly long[] _toKeep;
    private readonly long[] _toDrop;
    private readonly long[] _fromKeep;
    private readonly long[] _fromDrop;
    private readonly double[] _tau;
    private readonly double[] _newCoupling;
    private int _stamp;
    private int _liveCount;
    private int _nextWord;

    public MergeWindow(WordBigrams bigrams, long[] wordCounts, int clusters)
    {
        if (bigrams.Total > int.MaxValue)
        {
            throw new ArgumentException("The corpus has more adjacent pairs than cluster counts can hold.", nameof(bigrams));
        }

        _bigrams = bigrams;
        _size = Math.Min(clusters, bigrams.WordCount) + 1;
        int cells = _size * _size;
        _joint = new int[cells];
        _coupling = new double[cells];
        _loss = new double[cells];
        Array.Fill(_loss, double.PositiveInfinity);
        _logLeftPair = new double[cells];
        _logRightPair = new double[cells];
        _left = new long[_size];
        _right = new long[_size];
        _logLeft = new double[_size];
        _logRight = new double[_size];
        _rowSum = new long[_size];
        _colSum = new long[_size];
        _slotNode = new int[_size];
        Array.Fill(_slotNode, -1);
        int nodes = Math.Max(2 * bigrams.WordCount - 1, 1);
        _nodeSlot = new int[nodes];
        _live = new int[_size];
        _sets = new NodeSets(nodes);
        _tree = new MergeTree(wordCounts);
        _touched = new int[_size];
        _mark = new int[_size];
        _toKeep = new long[_size];
        _toDrop = new long[_size];
        _fromKeep = new long[_size];
        _fromDrop = new long[_size];
        _tau = new double[_size];
        _newCoupling = new double[_size];
    }

    public int LiveCount => _liveCount;

    public ReadOnlySpan<int> LiveSlots => _live.AsSpan(0, _liveCount);

    public int EnteredWords => _nextWord;

    public MergeTree Tree => _tree;

    /// <summary>The AMI (in count nats) lost by merging two live slots, as currently cached.</summary>
    public double Loss(int i, int j) => _loss[Upper(i, j)];

    public int SlotOfWord(int word) => _nodeSlot[_sets.Find(word)];

    private int Upper(int i, int j) => i < j ? i * _size + j : j * _size + i;

    private int NextStamp()
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_mark);
            _stamp = 1;
        }

        return _stamp;
    }

    private int FirstFreeSlot() => Array.IndexOf(_slotNode, -1);

    private void InsertLive(int slot)
    {
        int at = _liveCount;
        while (at > 0 && _live[at - 1] > slot)
        {
            _live[at] = _live[at - 1];
            at--;
        }

        _live[at] = slot;
        _liveCount++;
    }

    private void RemoveLive(int slot)
    {
        int at = Array.IndexOf(_live, slot, 0, _liveCount);
        Array.Copy(_live, at + 1, _live, at, _liveCount - at - 1);
        _liveCount--;
    }

    private void SetMarginals(int slot, long left, long right)
    {
        _left[slot] = left;
        _right[slot] = right;
        _logLeft[slot] = Entropy.Log0(left);
        _logRight[slot] = Entropy.Log0(right);
        int size = _size;
        foreach (int x in LiveSlots)
        {
            double logLeft = Entropy.Log0(left + _left[x]);
            double logRight = Entropy.Log0(right + _right[x]);
            _logLeftPair[slot * size + x] = logLeft;
            _logLeftPair[x * size + slot] = logLeft;
            _logRightPair[slot * size + x] = logRight;
            _logRightPair[x * size + slot] = logRight;
        }
    }
}
