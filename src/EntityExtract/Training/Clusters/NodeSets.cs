namespace EntityExtract.Training.Clusters;

/// <summary>
/// Union-find over tree nodes, so the window can tell which cluster an earlier word now belongs to
/// without relabelling every member at each merge.
/// </summary>
internal sealed class NodeSets
{
    private readonly int[] _parent;

    public NodeSets(int nodeCount)
    {
        _parent = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int node)
    {
        // Path halving: each visited node skips to its grandparent, keeping later finds short.
        while (_parent[node] != node)
        {
            int grandparent = _parent[_parent[node]];
            _parent[node] = grandparent;
            node = grandparent;
        }

        return node;
    }

    /// <summary>Makes <paramref name="parent"/> (a fresh node) the representative of both roots.</summary>
    public void Join(int first, int second, int parent)
    {
        _parent[first] = parent;
        _parent[second] = parent;
    }
}
