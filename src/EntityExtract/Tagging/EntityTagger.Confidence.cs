using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging;

public sealed partial class EntityTagger
{
    /// <summary>
    /// Turns a decoded path into mentions, less those <see cref="MentionFilter"/> rejects. Each mention's confidence is the probability, under the
    /// perceptron scores divided by the dev-fitted temperature, that its tokens carry exactly the
    /// decoded labels (forward–backward), passed through the dev-fitted isotonic map. Forward–backward
    /// runs only for sentences that have a mention.
    /// </summary>
    private void AppendMentions(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count, ReadOnlySpan<byte> path, TaggerWorkspace workspace, List<Mention> mentions)
    {
        var lattice = false;
        foreach (var (start, end, label) in new DecodedMentions(path[..count]))
        {
            var type = (EntityType)BilouLabel.TypeOf(label);
            var hint = FirstPass is null ? 0u : workspace.DocumentHints[first + start];
            var before = first + start > 0 ? tokens[first + start - 1].Slice(text) : [];
            var after = first + end + 1 < tokens.Length ? tokens[first + end + 1].Slice(text) : [];
            if (!MentionFilter.Keeps(text[tokens[first + start].Start..tokens[first + end].End], type, end - start + 1, hint, before, after))
            {
                continue;
            }

            if (!lattice)
            {
                ForwardBackward.Run(workspace.Emissions, count, Calibration.Temperature, Potentials,
                    workspace.ExpEmissions, workspace.Alpha, workspace.Beta, workspace.Scale);
                lattice = true;
            }

            var raw = ForwardBackward.SpanProbability(path, start, end, Potentials.Transitions, workspace.ExpEmissions, workspace.Alpha, workspace.Beta, workspace.Scale);
            var firstToken = tokens[first + start];
            var lastToken = tokens[first + end];
            mentions.Add(new Mention(firstToken.Start, lastToken.End, first + start, end - start + 1, type, Calibration.Apply(raw)));
        }
    }

    /// <summary>Raw (uncalibrated) marginals of the mentions of a decoded sentence, for fitting the calibration.</summary>
    internal void RawMentionMarginals(int count, ReadOnlySpan<byte> path, float temperature, TaggerWorkspace workspace, List<(int Start, int End, int Label, double Raw)> output)
    {
        var potentials = new LatticePotentials(Transitions, EndWeights, temperature);
        ForwardBackward.Run(workspace.Emissions, count, temperature, potentials, workspace.ExpEmissions, workspace.Alpha, workspace.Beta, workspace.Scale);
        foreach (var (start, end, label) in new DecodedMentions(path[..count]))
        {
            var raw = ForwardBackward.SpanProbability(path, start, end, potentials.Transitions, workspace.ExpEmissions, workspace.Alpha, workspace.Beta, workspace.Scale);
            output.Add((start, end, label, raw));
        }
    }
}
