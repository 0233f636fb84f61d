using System.CommandLine;
using System.IO;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Threading;
using Newsroom.Cli.Inspection;
using Newsroom.Cli.Rendering;
using Newsroom.Generator.Pipeline;

namespace Newsroom.Cli.Commands;

/// <summary><c>newsroom inspect FILE… [--json] [--max-size N]</c>.</summary>
internal static class InspectCommand
{
    /// <summary>
    /// The generator's default <c>NewsroomMaxArticleSize</c>. A constant is copied in at compile time, so the type that
    /// holds it (which reads Roslyn's options) is never loaded.
    /// </summary>
    private const int DefaultMaxSize = NewsroomSettings.DefaultMaxArticleSize;

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Article files (plain text, UTF-8) to read, as a build would.",
            Arity = ArgumentArity.OneOrMore,
        };
        // Any token is a FILE to System.CommandLine; a mistyped option (--jsno) would be reported as a missing file with
        // exit code 1. Call it a usage error instead, unless such a file really exists (then `--` is not even needed).
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !File.Exists(token.Value)) result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON document with every file (camelCase; offsets, lines and columns) instead of the terminal view.",
        };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "The size limit in characters, like the MSBuild property NewsroomMaxArticleSize (0 for none).",
            DefaultValueFactory = _ => DefaultMaxSize,
            HelpName = "N",
        };
        maxSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--max-size must be 0 (no limit) or a positive number of characters.");
        });

        var command = new Command("inspect",
            "Show articles as the generator sees them: headline, dateline, byline, credits, paragraphs with the quotes " +
            "highlighted, each quote's speaker and verb, actors with kinds and roles, and the diagnostics a build reports " +
            "(NWS001…, with line and column). Exit code 1 when a file cannot be read (the others are still shown).")
        {
            files, json, maxSize,
        };
        command.SetAction(parse =>
        {
            var limit = parse.GetValue(maxSize);
            var articles = Inspector.Inspect(parse.GetValue(files)!, limit == 0 ? int.MaxValue : limit, CancellationToken.None);
            var exit = NewsroomApp.ExitOk;
            foreach (var a in articles)
            {
                if (a.Error is null) continue;
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsroom: cannot read '{a.Path}': {a.Error}"));
                exit = NewsroomApp.ExitUnreadable;
            }
            if (parse.GetValue(json))
            {
                JsonView.Write(console.Out, articles);
            }
            else
            {
                TerminalView.Write(console, articles);
            }
            return exit;
        });
        return command;
    }
}
