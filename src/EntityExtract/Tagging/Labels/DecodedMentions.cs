namespace EntityExtract.Tagging.Labels;

/// <summary>
/// The mentions of a valid BILOU path, in order: first and last index and the label that closes
/// each. A ref struct enumerator, so walking a sentence's path allocates nothing.
/// </summary>
internal ref struct DecodedMentions(ReadOnlySpan<byte> path)
{
    private readonly ReadOnlySpan<byte> _path = path;
    private int _next;
    private int _start = -1;

    public (int Start, int End, int Label) Current { get; private set; }

    public readonly DecodedMentions GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _path.Length)
        {
            var t = _next++;
            int label = _path[t];
            if (label == BilouLabel.Outside)
            {
                continue;
            }

            var position = BilouLabel.PositionOf(label);
            if (position is BilouPosition.Begin or BilouPosition.Unit)
            {
                _start = t;
            }

            if (position is BilouPosition.Last or BilouPosition.Unit)
            {
                Current = (_start, t, label);
                return true;
            }
        }

        return false;
    }
}
