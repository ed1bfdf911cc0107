namespace EntityExtract.Training.Clusters;

internal sealed partial class MergeWindow
{
    /// <summary>
    /// Merges two live slots into one and records the merge in the tree. The cluster with fewer
    /// neighbours is folded into the other, because every update below scales with the neighbours
    /// of the folded one: a pair (i, j) of other clusters changes only if i or j touches it.
    /// </summary>
    public void Merge(int a, int b)
    {
        int countA = CountNeighbours(a, b);
        int countB = CountNeighbours(b, a);
        bool keepA = countA > countB || (countA == countB && a < b);
        int keep = keepA ? a : b;
        int drop = keepA ? b : a;
        int stamp = NextStamp();
        int touched = CollectNeighbours(drop, keep, stamp);

        SnapshotCounts(keep, drop);
        UpdateOtherPairs(keep, drop, touched, stamp);
        ComputeMergedCoupling(keep, drop, touched);
        FoldCounts(keep, drop);
        FillMergedRow(keep);
    }

    private int CountNeighbours(int slot, int partner)
    {
        int size = _size;
        int[] joint = _joint;
        int count = 0;
        foreach (int y in LiveSlots)
        {
            if (y != slot && y != partner && (joint[slot * size + y] != 0 || joint[y * size + slot] != 0))
            {
                count++;
            }
        }

        return count;
    }

    // Lists the live slots other than itself and its partner that share a pair count with a slot.
    private int CollectNeighbours(int slot, int partner, int stamp)
    {
        int touched = 0;
        int size = _size;
        int[] joint = _joint;
        foreach (int y in LiveSlots)
        {
            if (y != slot && y != partner && (joint[slot * size + y] != 0 || joint[y * size + slot] != 0))
            {
                touched = Touch(y, stamp, touched);
            }
        }

        return touched;
    }

    private void SnapshotCounts(int keep, int drop)
    {
        int size = _size;
        int[] joint = _joint;
        foreach (int i in LiveSlots)
        {
            long toKeep = joint[i * size + keep];
            long toDrop = joint[i * size + drop];
            long fromKeep = joint[keep * size + i];
            long fromDrop = joint[drop * size + i];
            _toKeep[i] = toKeep;
            _toDrop[i] = toDrop;
            _fromKeep[i] = fromKeep;
            _fromDrop[i] = fromDrop;
            _tau[i] = -(Entropy.Split(toKeep, toDrop) + Entropy.Split(fromKeep, fromDrop));
        }
    }

    // Pairs of other clusters: keep and drop become one third cluster, which changes the pair's
    // coupling by Split over the summed counts minus the two old Splits (see the class remarks).
    private void UpdateOtherPairs(int keep, int drop, int touched, int stamp)
    {
        for (int t = 0; t < touched; t++)
        {
            int i = _touched[t];
            long toKeepI = _toKeep[i];
            long toDropI = _toDrop[i];
            long fromKeepI = _fromKeep[i];
            long fromDropI = _fromDrop[i];
            double tauI = _tau[i];
            foreach (int j in LiveSlots)
            {
                if (j == keep || j == drop || j == i || (_mark[j] == stamp && j < i))
                {
                    continue;
                }

                double delta = tauI + _tau[j]
                    + Entropy.Split(toKeepI + _toKeep[j], toDropI + _toDrop[j])
                    + Entropy.Split(fromKeepI + _fromKeep[j], fromDropI + _fromDrop[j]);
                int index = Upper(i, j);
                _coupling[index] += delta;
                _loss[index] += delta;
            }
        }
    }

    // Coupling of the merged cluster with x, derived from keep's coupling with x: drop stops being
    // a third cluster, and third clusters next to drop see keep's counts grow by drop's.
    private void ComputeMergedCoupling(int keep, int drop, int touched)
    {
        int size = _size;
        int[] joint = _joint;
        long keepToDrop = joint[keep * size + drop];
        long dropToKeep = joint[drop * size + keep];
        foreach (int x in LiveSlots)
        {
            if (x == keep || x == drop)
            {
                continue;
            }

            double coupling = _coupling[Upper(keep, x)]
                - Entropy.Split(keepToDrop, _toDrop[x])
                - Entropy.Split(dropToKeep, _fromDrop[x]);
            int xRow = x * size;
            for (int t = 0; t < touched; t++)
            {
                int y = _touched[t];
                if (y == x)
                {
                    continue;
                }

                long xy = joint[xRow + y];
                long dropY = _fromDrop[y];
                if (xy != 0 && dropY != 0)
                {
                    long keepY = _fromKeep[y];
                    coupling += Entropy.Split(keepY + dropY, xy) - Entropy.Split(keepY, xy);
                }

                long yx = joint[y * size + x];
                long yDrop = _toDrop[y];
                if (yx != 0 && yDrop != 0)
                {
                    long yKeep = _toKeep[y];
                    coupling += Entropy.Split(yKeep + yDrop, yx) - Entropy.Split(yKeep, yx);
                }
            }

            _newCoupling[x] = coupling;
        }
    }

    private void FoldCounts(int keep, int drop)
    {
        int size = _size;
        int[] joint = _joint;
        int keepRow = keep * size;
        int dropRow = drop * size;

        // Row first, then column: the column pass then adds keep→drop (already holding drop→drop)
        // into keep→keep, so the merged self count gets all four parts.
        for (int y = 0; y < size; y++)
        {
            joint[keepRow + y] += joint[dropRow + y];
        }

        for (int y = 0; y < size; y++)
        {
            joint[y * size + keep] += joint[y * size + drop];
        }

        for (int y = 0; y < size; y++)
        {
            joint[dropRow + y] = 0;
            joint[y * size + drop] = 0;
            int index = Upper(drop, y);
            _loss[index] = double.PositiveInfinity;
            _coupling[index] = 0;
        }

        _rowSum[keep] += _rowSum[drop];
        _colSum[keep] += _colSum[drop];
        _rowSum[drop] = 0;
        _colSum[drop] = 0;
        long left = _left[keep] + _left[drop];
        long right = _right[keep] + _right[drop];
        _left[drop] = 0;
        _right[drop] = 0;

        int node = _tree.Add(_slotNode[keep], _slotNode[drop]);
        _sets.Join(_slotNode[keep], _slotNode[drop], node);
        _nodeSlot[node] = keep;
        _slotNode[keep] = node;
        _slotNode[drop] = -1;
        RemoveLive(drop);
        SetMarginals(keep, left, right);
    }

    private void FillMergedRow(int keep)
    {
        foreach (int x in LiveSlots)
        {
            if (x == keep)
            {
                continue;
            }

            int index = Upper(keep, x);
            _coupling[index] = _newCoupling[x];
            _loss[index] = _newCoupling[x] + Rest(keep, x);
        }
    }
}
