namespace EntityExtract.Input;

/// <summary>What a path names, as <c>stat</c> sees it (links followed unless asked otherwise).</summary>
public enum FileKind
{
    /// <summary>The kind could not be told (no such path, or a system that does not say).</summary>
    Unknown,
    Regular,
    Folder,
    Link,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
