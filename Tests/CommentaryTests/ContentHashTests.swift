import Testing

@testable import Commentary

/// Content hashes decide what is a duplicate: they must be SHA-256, whichever code computes them.
@Suite("Content hash")
struct ContentHashTests {
    static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    @Test("Known SHA-256 digests", arguments: 0..<vectors.count)
    func knownDigests(index: Int) {
        let (text, digest) = Self.vectors[index]
        #expect(SHA256.hex(text) == digest)
        #expect(SHA256.portableHex(text) == digest)
    }

    @Test("The system library and the portable code agree on text of every length around a block")
    func pathsAgree() {
        for length in [1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
            let text = String(repeating: "Mishustin’s visit ", count: length).prefix(length)
            #expect(SHA256.hex(String(text)) == SHA256.portableHex(String(text)), "length \(length)")
        }
    }
}
