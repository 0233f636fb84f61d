using System.CommandLine;
using System.CommandLine.Invocation;
using Newsroom.Cli.Commands;

namespace Newsroom.Cli;

/// <summary>The <c>newsroom</c> command line: its commands, and the exit codes of usage errors.</summary>
internal static class NewsroomApp
{
    /// <summary>Success.</summary>
    public const int ExitOk = 0;

    /// <summary>A file could not be read (it does not exist, is a folder, or reading failed).</summary>
    public const int ExitUnreadable = 1;

    /// <summary>The command line is wrong (an unknown option, a missing argument), or a file the command needs is missing.</summary>
    public const int ExitUsage = 2;

    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand(
            "Reads news articles the way the Newsroom source generator does, without a build.\n\n" +
            "Examples:\n" +
            "  newsroom inspect Articles/storm.txt           paragraphs, quotes and speakers, actors, diagnostics\n" +
            "  newsroom inspect Articles/*.txt --json        the same as one JSON document\n" +
            "  newsroom eval --seed                          score the extraction on the specification article\n\n" +
            "Exit codes: 0 done, 1 a file could not be read, 2 a usage error.");
        // Help says `newsroom`, whatever launched us (the tool's shim, `dotnet run`, a test host).
        root.HelpName = "newsroom";
        root.Subcommands.Add(InspectCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        return root;
    }

    /// <summary>Parses and runs. Usage errors are written to standard error and exit with <see cref="ExitUsage"/>.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var parse = Create(console).Parse(args);
        // System.CommandLine exits with 1 on a parse error; 1 already means "a file could not be read" here.
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine("newsroom: " + error.Message);
            }
            console.Error.WriteLine("Run 'newsroom --help' for usage.");
            return ExitUsage;
        }
        var exit = parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
        console.Out.Flush();
        return exit;
    }
}
