namespace EntityExtract.Training.Clusters;

/// <summary>
/// The binary tree the merges build. Leaves are words (node id = rank); merge k creates node
/// <c>leafCount + k</c>. A word's bit string is its path from the root.
/// </summary>
internal sealed class MergeTree
{
    private readonly int _leafCount;
    private readonly int[] _first;
    private readonly int[] _second;
    private readonly long[] _weight;
    private int _merges;

    public MergeTree(long[] leafCounts)
    {
        _leafCount = leafCounts.Length;
        int inner = Math.Max(_leafCount - 1, 0);
        _first = new int[inner];
        _second = new int[inner];
        _weight = new long[_leafCount + inner];
        leafCounts.CopyTo(_weight, 0);
    }

    public int MergeCount => _merges;

    /// <summary>Records a merge and returns the new node's id.</summary>
    public int Add(int nodeA, int nodeB)
    {
        int node = _leafCount + _merges;
        _first[_merges] = nodeA;
        _second[_merges] = nodeB;
        _weight[node] = _weight[nodeA] + _weight[nodeB];
        _merges++;
        return node;
    }

    /// <summary>
    /// Bit strings for all leaves. Only merges from <paramref name="topStart"/> on (those that join
    /// the final clusters into one root) contribute bits; every word of one final cluster shares that
    /// cluster's path, as in the classic paths format. Below the cut the merge order only reflects
    /// the order words entered, and would give paths hundreds of bits long.
    /// The heavier child gets '0' (ties: the lower node id), a rule that depends only on the tree,
    /// so output does not hinge on which slot a cluster happened to use.
    /// A one-word vocabulary gets "0" so that no bit string is empty.
    /// </summary>
    public string[] BuildPaths(int topStart)
    {
        var paths = new string[_leafCount];
        if (_leafCount == 1)
        {
            paths[0] = "0";
            return paths;
        }

        if (_leafCount == 0)
        {
            return paths;
        }

        if (_merges != _leafCount - 1)
        {
            throw new InvalidOperationException("The tree is not complete.");
        }

        var stack = new Stack<(int Node, string Path)>();
        stack.Push((_leafCount + _merges - 1, string.Empty));
        while (stack.Count > 0)
        {
            (int node, string path) = stack.Pop();
            if (node - _leafCount < topStart)
            {
                AssignCluster(node, path, paths);
                continue;
            }

            int a = _first[node - _leafCount];
            int b = _second[node - _leafCount];
            bool aFirst = _weight[a] > _weight[b] || (_weight[a] == _weight[b] && a < b);
            stack.Push((aFirst ? b : a, path + "1"));
            stack.Push((aFirst ? a : b, path + "0"));
        }

        return paths;
    }

    private void AssignCluster(int root, string path, string[] paths)
    {
        var pending = new Stack<int>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            int node = pending.Pop();
            if (node < _leafCount)
            {
                paths[node] = path;
                continue;
            }

            pending.Push(_first[node - _leafCount]);
            pending.Push(_second[node - _leafCount]);
        }
    }
}
