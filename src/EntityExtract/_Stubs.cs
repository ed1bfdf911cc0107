// TEMPORARY: replaced by real implementations on merge.
using EntityExtract.Text.Tokenization;
using EntityExtract.Text.Sentences;
namespace EntityExtract.Input {
public sealed record InputFile(string DisplayPath, string? FullPath) { public bool IsStdin => FullPath is null; }
public sealed record InputProblem(string DisplayPath, string Reason);
public sealed record WalkOptions { public IReadOnlyList<string> Include {get; init;} = ["**/*.txt"]; public IReadOnlyList<string> Exclude {get; init;} = []; public bool FollowLinks {get; init;} }
public sealed class WalkResult { public IReadOnlyList<InputFile> Files {get;init;}=[]; public IReadOnlyList<string> MissingPaths {get;init;}=[]; public IReadOnlyList<InputProblem> Problems {get;init;}=[]; }
public static class InputWalker { public static WalkResult Walk(IReadOnlyList<string> paths, WalkOptions options) { var f=new List<InputFile>(); var m=new List<string>(); foreach(var p in paths){ if(p=="-") f.Add(new InputFile("-",null)); else if(File.Exists(p)) f.Add(new InputFile(p,Path.GetFullPath(p))); else if(Directory.Exists(p)) foreach(var x in Directory.EnumerateFiles(p,"*.txt",SearchOption.AllDirectories)) f.Add(new InputFile(x.Replace('\\','/'),Path.GetFullPath(x))); else m.Add(p);} f.Sort((a,b)=>string.CompareOrdinal(a.DisplayPath,b.DisplayPath)); return new WalkResult{Files=f,MissingPaths=m}; } }
public enum TextEncodingKind { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 }
public sealed class DecodedText { public DecodedText(string t, TextEncodingKind e){Text=t;Encoding=e;} public string Text {get;} public TextEncodingKind Encoding {get;} public bool UsedFallback => Encoding == TextEncodingKind.Windows1252; }
public readonly record struct ReadOutcome(DecodedText? Text, InputProblem? Problem);
public static class InputReader { public static ReadOutcome Read(InputFile file, Stream? stdin = null) { try { var s = file.IsStdin ? new StreamReader(stdin!).ReadToEnd() : File.ReadAllText(file.FullPath!); return new ReadOutcome(new DecodedText(s, TextEncodingKind.Utf8), null);} catch (IOException e) { return new ReadOutcome(null, new InputProblem(file.DisplayPath, e.Message)); } } }
}
namespace EntityExtract.Tagging {
public sealed class ModelFormatException(string m) : Exception(m);
public sealed class TaggerWorkspace { }
public sealed class EntityTagger { public static EntityTagger Default {get;} = new(); public static EntityTagger Load(string path) => new(); public TaggerWorkspace CreateWorkspace() => new();
 public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, TaggerWorkspace workspace, List<Mention> mentions) { for (int i=0;i<tokens.Length;i++){ var t=tokens[i]; if(char.IsUpper(text[t.Start])) mentions.Add(new Mention(t.Start,t.End,i,1,EntityType.Person,0.5f)); } } }
}
