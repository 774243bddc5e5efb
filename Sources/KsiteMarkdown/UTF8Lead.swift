/// Steps through valid UTF-8 from character to character, for the search of `【】`: in
/// Japanese text, a third of the steps of going byte by byte.
enum UTF8Lead {
    /// The number of bytes of the character that `byte` starts; 1 for ASCII, and for a
    /// continuation byte, so a step never passes over the start of a character.
    static func length(_ byte: UInt8) -> Int {
        byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }
}
