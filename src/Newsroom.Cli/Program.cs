using System;

namespace Newsroom.Cli;

internal static class Program
{
    private static int Main(string[] args) => NewsroomApp.Run(args, CliConsole.FromProcess());
}
