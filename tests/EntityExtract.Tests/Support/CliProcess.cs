using System.Diagnostics;
using System.Text;

namespace EntityExtract.Tests.Support;

/// <summary>
/// Runs the real <c>entity-extract</c> executable in a child process, so tests see exactly what a
/// user sees: bytes on stdout, lines on stderr, the exit code.
/// </summary>
internal static class CliProcess
{
    private static readonly string Dll = System.IO.Path.Combine(AppContext.BaseDirectory, "entity-extract.dll");

    public sealed record Result(int ExitCode, byte[] StdoutBytes, string Stderr)
    {
        public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("entity-extract did not finish in 2 minutes: " + string.Join(' ', args));
        }

        copyOut.Wait();
        return new Result(process.ExitCode, stdout.ToArray(), readErr.Result);
    }

    /// <summary>Starts the tool with all three standard streams redirected, for tests that interrupt it.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Runs a bash script in which <c>$EE</c> is the tool, for what only a shell can set up: a
    /// redirect to <c>/dev/full</c>, a closed stderr, a pipe from <c>sleep</c>. The script's own
    /// stdout and stderr come back.
    /// </summary>
    public static Result Shell(string workingDirectory, string script, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["EE"] = $"dotnet {Dll}";
        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the script did not finish in time: " + script);
        }

        copyOut.Wait();
        return new Result(process.ExitCode, stdout.ToArray(), readErr.Result);
    }

    /// <summary>Sends SIGTERM, as <c>kill</c> or a scheduler would.</summary>
    public static void Terminate(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
