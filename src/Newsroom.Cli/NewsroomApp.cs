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
            "Newsroom: reads news articles the way the Newsroom source generator does.\n" +
            "'newsroom inspect FILE…' shows headline, paragraphs, quotes with their speakers, actors and the build's diagnostics;\n" +
            "'newsroom eval' scores the extraction against a gold corpus.");
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
