using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> command line the way a user would, for the tests that pack Newsroom and build a project that
/// consumes the package. Build servers and node reuse are off, so that no background process outlives the command
/// and holds its output open; the output is captured whole for the assertion messages.
/// </summary>
public static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output)
    {
        public Result EnsureSuccess(string what) =>
            ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
    }

    /// <summary>The dotnet host running the tests (set by <c>dotnet test</c>), or the one on the PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        using var running = Start(workingDirectory, environment, arguments);
        if (!running.Process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            running.Kill();
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in {timeout}:\n{running.Output}");
        }
        running.Process.WaitForExit();
        return new Result(running.Process.ExitCode, running.Output);
    }

    /// <summary>Starts <c>dotnet</c> with <paramref name="arguments"/> and returns at once; the output is collected as it comes.</summary>
    public static Running Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var info = new ProcessStartInfo(Host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        // The test host's own MSBuild settings must not leak into the child build.
        info.Environment.Remove("MSBuildExtensionsPath");
        info.Environment.Remove("MSBuildSDKsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment is not null)
            foreach (var pair in environment) info.Environment[pair.Key] = pair.Value;
        return new Running(info);
    }

    /// <summary>A <c>dotnet</c> process that is running, its output so far, and a way to wait for a line of it.</summary>
    public sealed class Running : IDisposable
    {
        private readonly StringBuilder _output = new();

        internal Running(ProcessStartInfo info)
        {
            Process = new Process { StartInfo = info };
            Process.OutputDataReceived += (_, e) => Add(e.Data);
            Process.ErrorDataReceived += (_, e) => Add(e.Data);
            Process.Start();
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get { lock (_output) return _output.ToString(); }
        }

        /// <summary>Waits until a line of the output satisfies <paramref name="line"/>; false when the time is up or the process ended first.</summary>
        public bool WaitFor(Func<string, bool> line, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until)
            {
                foreach (var l in Output.Split('\n'))
                {
                    if (line(l.TrimEnd('\r'))) return true;
                }
                if (Process.HasExited) return false;
                System.Threading.Thread.Sleep(200);
            }
            return false;
        }

        public void Kill()
        {
            try { if (!Process.HasExited) Process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }

        public void Dispose()
        {
            Kill();
            Process.Dispose();
        }

        private void Add(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
        }
    }

    /// <summary>The folder holding Generator.sln, found upwards from the test assembly.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
