using System.IO;
using System.Text.Json;
using Newsroom.Cli;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>The <c>newsroom</c> command (src/Newsroom.Cli) run in-process through its entry point, its output captured.</summary>
internal static class NewsroomTool
{
    /// <summary><c>newsroom inspect --json PATH…</c>: the exit code and the JSON document.</summary>
    public static (int ExitCode, JsonElement Json) InspectJson(params string[] paths)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = NewsroomApp.Run(["inspect", "--json", .. paths], new CliConsole(output, error, IsTerminal: false, NoColor: true));
        using var document = JsonDocument.Parse(output.ToString());
        return (exit, document.RootElement.Clone());
    }
}
