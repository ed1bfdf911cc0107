namespace EntityExtract.Training.Clusters;

internal sealed partial class MergeWindow
{
    /// <summary>
    /// Brings the next word (in rank order) into a free slot as a cluster of its own. Only pairs
    /// involving one of its neighbours change, so the cost is O(C · neighbours), not O(C²).
    /// </summary>
    public void AddWord()
    {
        int word = _nextWord++;
        int slot = FirstFreeSlot();
        int size = _size;
        int[] joint = _joint;
        int stamp = NextStamp();
        int touched = GatherCounts(word, slot, stamp);

        _slotNode[slot] = word;
        _nodeSlot[word] = slot;
        InsertLive(slot);
        SetMarginals(slot, _bigrams.LeftTotals[word], _bigrams.RightTotals[word]);

        int row = slot * size;
        long self = joint[row + slot];
        long rowSum = self;
        long colSum = self;
        for (int t = 0; t < touched; t++)
        {
            int y = _touched[t];
            rowSum += joint[row + y];
            colSum += joint[y * size + slot];
            _rowSum[y] += joint[y * size + slot];
            _colSum[y] += joint[row + y];
        }

        _rowSum[slot] = rowSum;
        _colSum[slot] = colSum;
        RefreshNeighbourPairs(slot, touched, stamp);
        FillNewRow(slot, touched);
    }

    // Adds the word's pair counts with every entered word into the slot's row and column, and
    // lists the slots it touches. Words enter in rank order, so "entered" means "lower rank",
    // and the ascending neighbour lists can stop at the word itself.
    private int GatherCounts(int word, int slot, int stamp)
    {
        WordBigrams bigrams = _bigrams;
        int size = _size;
        int[] joint = _joint;
        int touched = 0;
        for (int e = bigrams.NextStart[word]; e < bigrams.NextStart[word + 1]; e++)
        {
            int other = bigrams.NextWords[e];
            if (other >= word)
            {
                if (other == word)
                {
                    joint[slot * size + slot] = bigrams.NextCounts[e];
                }

                break;
            }

            int y = SlotOfWord(other);
            joint[slot * size + y] += bigrams.NextCounts[e];
            touched = Touch(y, stamp, touched);
        }

        for (int e = bigrams.PreviousStart[word]; e < bigrams.PreviousStart[word + 1]; e++)
        {
            int other = bigrams.PreviousWords[e];
            if (other >= word)
            {
                break;
            }

            int y = SlotOfWord(other);
            joint[y * size + slot] += bigrams.PreviousCounts[e];
            touched = Touch(y, stamp, touched);
        }

        return touched;
    }

    private int Touch(int slot, int stamp, int touched)
    {
        if (_mark[slot] != stamp)
        {
            _mark[slot] = stamp;
            _touched[touched++] = slot;
        }

        return touched;
    }

    // A neighbour's row sums changed, so its "rest" is stale against everyone; two neighbours also
    // gain a coupling term through the new cluster.
    private void RefreshNeighbourPairs(int slot, int touched, int stamp)
    {
        int size = _size;
        int[] joint = _joint;
        int row = slot * size;
        for (int t = 0; t < touched; t++)
        {
            int i = _touched[t];
            foreach (int j in LiveSlots)
            {
                bool bothTouched = _mark[j] == stamp;
                if (j == slot || j == i || (bothTouched && j < i))
                {
                    continue;
                }

                int index = Upper(i, j);
                if (bothTouched)
                {
                    _coupling[index] += Entropy.Split(joint[i * size + slot], joint[j * size + slot])
                        + Entropy.Split(joint[row + i], joint[row + j]);
                }

                _loss[index] = _coupling[index] + Rest(i, j);
            }
        }
    }

    // Coupling of the new cluster with each live one needs only the new cluster's neighbours.
    private void FillNewRow(int slot, int touched)
    {
        int size = _size;
        int[] joint = _joint;
        int row = slot * size;
        foreach (int x in LiveSlots)
        {
            if (x == slot)
            {
                continue;
            }

            double coupling = 0;
            int xRow = x * size;
            for (int t = 0; t < touched; t++)
            {
                int y = _touched[t];
                if (y == x)
                {
                    continue;
                }

                coupling += Entropy.Split(joint[row + y], joint[xRow + y])
                    + Entropy.Split(joint[y * size + slot], joint[y * size + x]);
            }

            int index = Upper(slot, x);
            _coupling[index] = coupling;
            _loss[index] = coupling + Rest(slot, x);
        }
    }
}
