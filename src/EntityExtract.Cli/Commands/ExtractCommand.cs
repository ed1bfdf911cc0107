using System.CommandLine;
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
        var minScore = new Option<float>("--min-score")
        {
            Description = "Drop mentions scored below X, from 0 to 1.",
            HelpName = "X",
        };

        var group = EnumOption.Create(
            "--group", "none (default): a row per mention; file: a row per entity per file; corpus: a row per entity, names joined across files; pairs: a row per two entities named in one sentence.", GroupBy.None, "MODE");
        var context = new Option<int>("--context")
        {
            Description = "Add a context column: N characters either side of the mention (of each entity's first mention with --group file|corpus), cut at word boundaries.",
            HelpName = "N",
        };

        var gephi = new Option<bool>("--gephi")
        {
            Description = "With --group pairs: the pairs alone, as a Gephi edge list (Source, Target, Weight).",
        };

        options.AddTo(command);
        command.Add(group);
        command.Add(context);
        command.Add(gephi);
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
