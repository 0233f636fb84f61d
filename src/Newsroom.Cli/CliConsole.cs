using System;
using System.IO;

namespace Newsroom.Cli;

/// <summary>
/// Where the command writes and what the output is: the process's streams, or writers a test passes in.
/// </summary>
/// <param name="Out">Standard output: the article view, the JSON document, the evaluation's report.</param>
/// <param name="Error">Standard error: files that cannot be read, usage errors.</param>
/// <param name="IsTerminal">Standard output is a terminal (not redirected to a file or a pipe): only then are ANSI
/// escape codes written.</param>
/// <param name="NoColor">The NO_COLOR convention (https://no-color.org): any non-empty value turns colours off.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, bool NoColor)
{
    public static CliConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        IsTerminal: !Console.IsOutputRedirected,
        NoColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
