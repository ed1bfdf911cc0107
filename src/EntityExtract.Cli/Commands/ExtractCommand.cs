using System.CommandLine;
using EntityExtract.Input;
using EntityExtract.Input.Documents;
using EntityExtract.Pipeline;
using EntityExtract.Pipeline.Jobs;

namespace EntityExtract.Cli.Commands;

/// <summary>
/// <c>entity-extract extract PATH...</c>: one row per entity mention (or per entity, with
/// <c>--group</c>). It is the default command, so <c>entity-extract docs/</c> runs it.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Write one row per person, place or organization mentioned: file,line,column,start,end,type,text,score,canonical.");
        var options = new RunOptions();
        var types = new Option<string[]>("--types")
        {
            Description = "PERSON, LOCATION, ORGANIZATION, MISC, comma-separated (default: the first three).",
            HelpName = "TYPES",
        };
        var model = ModelOption.Create();
        var accurate = ModelOption.CreateAccurate();
        var minScore = new Option<float>("--min-score")
        {
            Description = "Drop mentions scored below X, from 0 to 1.",
            HelpName = "X",
        };

        var group = EnumOption.Create(
            "--group", "none (default): a row per mention; file|corpus: a row per entity per file|overall; pairs: per two entities named together.", GroupBy.None, "MODE");
        var context = new Option<int>("--context")
        {
            Description = "N characters (at most 1000) of context per mention.",
            HelpName = "N",
        };

        var gephi = new Option<bool>("--gephi")
        {
            Description = "With pairs: the pairs alone, as a Gephi edge list.",
        };

        var entity = new Option<bool>("--entity")
        {
            Description = "Add entity_type,entity: each mention's corpus row.",
        };

        var aliases = AliasesOption.Create();
        var pairUnit = EnumOption.Create(
            "--pair-unit", "With pairs: per sentence (default) or article.", EntityExtract.Entities.Tables.PairUnit.Sentence, "UNIT");
        var entityRows = new Option<bool>("--entity-rows")
        {
            Description = "With pairs: add a row per entity (for merge).",
        };

        options.AddTo(command);
        command.Add(group);
        command.Add(context);
        command.Add(gephi);
        command.Add(entity);
        command.Add(aliases);
        command.Add(pairUnit);
        command.Add(entityRows);
        command.Add(types);
        command.Add(model);
        command.Add(accurate);
        command.Add(minScore);
        command.SetAction(parse =>
        {
            RefuseDecimalComma(parse, minScore);
            var settings = Validated(new ExtractOptions
            {
                Types = TypeList.Parse(parse.GetValue(types)) ?? ExtractOptions.DefaultTypes,
                MinScore = parse.GetValue(minScore),
                Group = parse.GetValue(group),
                Context = parse.GetValue(context),
                Gephi = parse.GetValue(gephi),
                Entity = parse.GetValue(entity),
                Aliases = AliasesOption.Load(parse.GetValue(aliases)),
                PairUnit = parse.GetValue(pairUnit),
                EntityRows = parse.GetValue(entityRows),
            });
            var run = options.Settings(parse);
            var tagger = ModelOption.Load(parse.GetValue(model), parse.GetValue(accurate));
            return RunExecutor.Execute(parse, options, run, files => RunPlan.Extract(settings with { Pages = HasPages(settings, run, files) }, tagger));
        });
        return command;
    }

    /// <summary>Mention rows of a run that reads a PDF as a document get a <c>page</c> column.</summary>
    private static bool HasPages(ExtractOptions settings, RunSettings run, IReadOnlyList<InputFile> files) =>
        settings.Group == GroupBy.None && run.Source is DocumentFileSource
        && files.Any(file => DocumentKinds.Of(file) == DocumentKind.Pdf);

    /// <summary>
    /// <c>--min-score 0,8</c> as much of Europe writes it: the parser reads the comma as a
    /// thousands separator (8), so the word as typed is checked.
    /// </summary>
    private static void RefuseDecimalComma(ParseResult parse, Option<float> option)
    {
        if (parse.GetResult(option) is { Tokens: [{ Value: var value }] } && value.Contains(','))
        {
            throw new UsageException($"invalid value '{value}' for --min-score: use a decimal point ({value.Replace(',', '.')})");
        }
    }

    private static ExtractOptions Validated(ExtractOptions settings)
    {
        try
        {
            return settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
