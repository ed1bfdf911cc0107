using EntityExtract.Tagging.Labels;

namespace EntityExtract.Evaluation;

/// <summary>Converts between file tags (any scheme) and the tagger's BILOU label ids, sentence by sentence.</summary>
internal static class TagConversion
{
    /// <summary>Reads the spans of one sentence with conlleval's rules and writes them as BILOU labels.</summary>
    public static void ToBilou(ReadOnlySpan<ConllTag> tags, Span<byte> labels)
    {
        labels.Clear();
        var spanStart = -1;
        var previous = ConllTag.Outside;
        for (var i = 0; i <= tags.Length; i++)
        {
            var current = i < tags.Length ? tags[i] : ConllTag.Outside;
            if (spanStart >= 0 && ConllSpanRules.EndOfSpan(previous, current))
            {
                WriteSpan(labels, spanStart, i - spanStart, previous.TypeIndex);
                spanStart = -1;
            }

            if (i < tags.Length && ConllSpanRules.StartOfSpan(previous, current))
            {
                spanStart = i;
            }

            previous = current;
        }
    }

    /// <summary>Writes BILOU labels of one sentence as tags of <paramref name="scheme"/>.</summary>
    public static void FromBilou(ReadOnlySpan<byte> labels, TagScheme scheme, Span<ConllTag> tags)
    {
        var previousLabel = BilouLabel.Outside;
        for (var i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == BilouLabel.Outside)
            {
                tags[i] = ConllTag.Outside;
                previousLabel = label;
                continue;
            }

            var type = (sbyte)BilouLabel.TypeOf(label);
            var position = BilouLabel.PositionOf(label);
            var starts = position is BilouPosition.Begin or BilouPosition.Unit;
            var prefix = scheme switch
            {
                TagScheme.Iob2 => starts ? 'B' : 'I',
                TagScheme.Iob1 => starts && FollowsSameType(previousLabel, type) ? 'B' : 'I',
                _ => position switch
                {
                    BilouPosition.Begin => 'B',
                    BilouPosition.Inside => 'I',
                    BilouPosition.Last => 'E',
                    _ => 'S',
                },
            };
            tags[i] = new ConllTag(prefix, type);
            previousLabel = label;
        }
    }

    private static bool FollowsSameType(int previousLabel, int type) =>
        previousLabel != BilouLabel.Outside && BilouLabel.TypeOf(previousLabel) == type;

    private static void WriteSpan(Span<byte> labels, int start, int length, int type)
    {
        if (length == 1)
        {
            labels[start] = (byte)BilouLabel.Make(type, BilouPosition.Unit);
            return;
        }

        labels[start] = (byte)BilouLabel.Make(type, BilouPosition.Begin);
        for (var i = start + 1; i < start + length - 1; i++)
        {
            labels[i] = (byte)BilouLabel.Make(type, BilouPosition.Inside);
        }

        labels[start + length - 1] = (byte)BilouLabel.Make(type, BilouPosition.Last);
    }
}
