using System.IO;
using System.Text.Json;

namespace Newsroom.Cli.Tests;

/// <summary>Runs the command in-process with its output captured, as when redirected to a file.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public JsonElement Json()
        {
            using var doc = JsonDocument.Parse(Out);
            return doc.RootElement.Clone();
        }
    }

    public static Result Run(params string[] args) => Run(noColor: false, args);

    public static Result Run(bool noColor, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = NewsroomApp.Run(args, new CliConsole(output, error, IsTerminal: false, NoColor: noColor));
        return new Result(exit, output.ToString(), error.ToString());
    }
}
