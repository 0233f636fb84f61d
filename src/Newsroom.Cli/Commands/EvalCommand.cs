using System;
using System.CommandLine;
using System.IO;
using Newsroom.Cli.Eval;

namespace Newsroom.Cli.Commands;

/// <summary>
/// <c>newsroom eval [GOLD] [--seed] [--out FILE] [--errors N] [--no-score]</c>: the evaluation that used to be
/// tools/Newsroom.Eval, with the same defaults, output and exit codes (2 usage or missing gold, 3 no scorer or Python,
/// 4 the scorer failed).
/// </summary>
internal static class EvalCommand
{
    private const string SeedGold = "000_94ea7bb9e4850890.gold.json";

    public static Command Create(CliConsole console)
    {
        var gold = new Argument<string?>("GOLD")
        {
            Description = "Gold JSONL, or one pretty-printed gold JSON object. Default: ../shared/corpus/polnear-dev.jsonl beside the repo.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seed = new Option<bool>("--seed") { Description = "Use the seed article: GOLD = ../shared/seeds/" + SeedGold + "." };
        var output = new Option<string?>("--out")
        {
            Description = "System JSONL to write. Default: eval-out/system.jsonl under the repo root.",
            HelpName = "FILE",
        };
        var errors = new Option<int>("--errors")
        {
            Description = "Ask score.py for N examples of each kind of error.",
            HelpName = "N",
        };
        errors.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--errors must be 0 or more.");
        });
        var noScore = new Option<bool>("--no-score") { Description = "Only extract and write; do not run score.py." };

        var command = new Command("eval",
            "Score the extraction: run it over a gold corpus, write the system JSONL (eval-out/system.jsonl) and score it " +
            "with ../shared/tools/score.py beside the repo found above the current folder. Exit codes: 2 no gold file, " +
            "3 no scorer or Python, 4 the scorer failed.")
        {
            gold, seed, output, errors, noScore,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(seed) && result.GetValue(gold) is not null) result.AddError("give either GOLD or --seed, not both");
        });
        command.SetAction(parse => Run(console, parse.GetValue(gold), parse.GetValue(seed), parse.GetValue(output),
            parse.GetValue(errors), !parse.GetValue(noScore)));
        return command;
    }

    private static int Run(CliConsole console, string? gold, bool seed, string? output, int errors, bool score)
    {
        var root = Corpus.FindRepoRoot(Directory.GetCurrentDirectory()) ?? Corpus.FindRepoRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            console.Error.WriteLine("cannot find the repo root (a folder with Generator.sln or .git) above the current directory");
            return NewsroomApp.ExitUsage;
        }
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        gold = Path.GetFullPath(gold ?? (seed
            ? Path.Combine(shared, "seeds", SeedGold)
            : Path.Combine(shared, "corpus", "polnear-dev.jsonl")));
        output = Path.GetFullPath(output ?? Path.Combine(root, "eval-out", "system.jsonl"));
        if (!File.Exists(gold))
        {
            console.Error.WriteLine($"gold file not found: {gold}");
            return NewsroomApp.ExitUsage;
        }

        var articles = Corpus.Load(gold);
        console.Out.WriteLine($"gold:   {gold} ({articles.Count} article{(articles.Count == 1 ? "" : "s")})");
        Evaluation.Extract(console.Out, articles, output);
        console.Out.WriteLine($"system: {output}");

        return score ? Evaluation.Score(console.Out, console.Error, Path.Combine(shared, "tools", "score.py"), gold, output, errors) : NewsroomApp.ExitOk;
    }
}
