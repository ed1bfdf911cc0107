using System.CommandLine;
using EntityExtract.Pipeline;

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
        var minScore = new Option<float>("--min-score")
        {
            Description = "Drop mentions scored below X, from 0 to 1.",
            HelpName = "X",
        };

        var group = EnumOption.Create(
            "--group", "none (default): a row per mention; file|corpus: a row per entity per file|overall; pairs: per two entities named together.", GroupBy.None, "MODE");
        var context = new Option<int>("--context")
        {
            Description = "Add N characters of context either side of each mention (an entity's first with --group file|corpus).",
            HelpName = "N",
        };

        var gephi = new Option<bool>("--gephi")
        {
            Description = "With --group pairs: the pairs alone, as a Gephi edge list (Source, Target, Weight).",
        };

        var entity = new Option<bool>("--entity")
        {
            Description = "Add entity_type,entity: each mention's corpus row.",
        };

        var aliases = AliasesOption.Create();
        var pairUnit = EnumOption.Create(
            "--pair-unit", "With pairs: per sentence (default) or article.", EntityExtract.Entities.PairUnit.Sentence, "UNIT");
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
        command.Add(minScore);
        command.SetAction(parse =>
        {
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
            var tagger = ModelOption.Load(parse.GetValue(model));
            return RunExecutor.Execute(parse, options, run, RunPlan.Extract(settings, tagger));
        });
        return command;
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
