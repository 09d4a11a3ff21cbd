import Foundation

/// Reading, normalizing and extracting run in child processes, as Apache Tika's ForkParser does:
/// the same binary started in its hidden worker mode, fed one unit at a time over a pipe. A worker
/// that traps, is killed or runs out of memory costs only the unit it held, which is reported as
/// failed with the reason; one that takes longer than the time limit is killed and its unit
/// reported the same way. A fresh worker takes over, and the parent, the only writer to SQLite,
/// stores everything else.
///
/// Messages are frames: a 4-byte little-endian length, then `WireFormat` bytes. The first frame to
/// a worker carries the import's options and the alias table; then each request is a unit and each
/// answer its `Parsed` result.
final class WorkerPool: @unchecked Sendable {
    let executable: String
    let slots: Int
    /// Longest a unit may take, in seconds.
    let timeout: Double
    private let greeting: [UInt8]
    private var workers: [Worker?]
    private let lock = NSLock()

    init(executable: String, slots: Int, timeout: Double, options: ImportOptions, aliases: AliasTable) {
        self.executable = executable
        self.slots = max(1, slots)
        self.timeout = timeout
        var writer = WireWriter()
        writer.options(options, aliases: aliases)
        greeting = writer.bytes
        workers = Array(repeating: nil, count: self.slots)
        // A worker that dies while we write to it must not take the importer down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        for worker in workers { worker?.stop() }
    }

    /// Parses `units` in order on the workers; `local` answers the units that need no worker
    /// (those that already carry their failure).
    func parse(_ units: [Importer.Unit], local: (Importer.Unit) -> Importer.Parsed?) -> [Importer.Parsed] {
        let results = ResultSlots<Importer.Parsed>(count: units.count)
        var remote: [Int] = []
        for (index, unit) in units.enumerated() {
            if let answer = local(unit) { results[index] = answer } else { remote.append(index) }
        }
        let queue = IndexQueue(remote)
        DispatchQueue.concurrentPerform(iterations: min(slots, remote.count)) { slot in
            run(slot: slot, units: units, queue: queue, results: results)
        }
        return results.values
    }

    /// Requests smaller than this are sent while the worker still works on the one before, so it
    /// never waits for the parent between units. A larger one waits its turn: two full pipes, the
    /// parent writing and the worker answering, would block each other.
    static let pipelinedBytes = 16 << 10

    /// Feeds the worker of `slot` from `queue` until it is empty, at most two units in flight,
    /// answers read in order. When the worker dies or times out, the unit it was on is reported
    /// and the one sent behind it goes to the next worker.
    private func run(slot: Int, units: [Importer.Unit], queue: IndexQueue, results: ResultSlots<Importer.Parsed>) {
        var inFlight: [Int] = []
        var again: [Int] = []
        var worker: Worker?
        func fail(_ index: Int, _ reason: String) {
            var parsed = Importer.Parsed()
            parsed.failures.append(.input(location: units[index].location, reason: reason))
            results[index] = parsed
        }
        while true {
            if worker == nil {
                do {
                    worker = try self.worker(slot)
                } catch {
                    // No worker can start: every unit left for this slot fails with the reason.
                    for index in inFlight + again { fail(index, "extraction could not start a worker process (\(error.reason))") }
                    while let index = queue.next() { fail(index, "extraction could not start a worker process (\(error.reason))") }
                    return
                }
            }
            guard let current = worker else { return }
            // Top up: one unit, and a second while the first is still being worked on if it is small.
            var sendFailed = false
            while inFlight.count < 2, let index = again.isEmpty ? queue.next() : again.removeFirst() {
                var request = WireWriter()
                request.unit(units[index])
                if !inFlight.isEmpty && request.bytes.count > Self.pipelinedBytes {
                    again.insert(index, at: 0)
                    break
                }
                inFlight.append(index)
                if !current.send(request.bytes) {
                    sendFailed = true
                    break
                }
            }
            guard let first = inFlight.first else { return }
            let outcome: Worker.Outcome = sendFailed ? .died : current.receive(timeout: timeout)
            switch outcome {
            case .answer(let bytes):
                var reader = WireReader(bytes)
                if let parsed = try? reader.parsed(), reader.atEnd {
                    results[first] = parsed
                    inFlight.removeFirst()
                    continue
                }
                fail(first, "extraction failed (the worker's answer could not be read)")
                current.stop()
            case .timedOut:
                fail(first, "took longer than \(Self.seconds(timeout)) (--timeout); the worker was stopped")
                current.stop()
            case .died:
                fail(first, "extraction crashed (\(current.stop()))")
            }
            lock.withLock { workers[slot] = nil }
            worker = nil
            again = Array(inFlight.dropFirst()) + again
            inFlight = []
        }
    }

    /// Starts the workers of the first `count` slots now, so that their own start (loading the
    /// gazetteer) runs while the parent lists the input. One that cannot start is tried again, and
    /// reported, when a unit needs it.
    func prestart(_ count: Int) {
        for slot in 0..<min(count, slots) { _ = try? worker(slot) }
    }

    private func worker(_ slot: Int) throws(WorkerStartError) -> Worker {
        if let worker = lock.withLock({ workers[slot] }) { return worker }
        let worker = try Worker.start(executable: executable, greeting: greeting)
        lock.withLock { workers[slot] = worker }
        return worker
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    /// The process ids of the running workers (for tests that kill one).
    var processIdentifiers: [pid_t] { lock.withLock { workers.compactMap { $0?.pid } } }
}

/// Indices handed out one at a time to whichever worker is free.
final class IndexQueue: @unchecked Sendable {
    private let indices: [Int]
    private var position = 0
    private let lock = NSLock()

    init(_ indices: [Int]) {
        self.indices = indices
    }

    func next() -> Int? {
        lock.withLock {
            guard position < indices.count else { return nil }
            position += 1
            return indices[position - 1]
        }
    }
}

struct WorkerStartError: Error {
    var reason: String
}

/// One worker process and the three pipes to it.
final class Worker: @unchecked Sendable {
    let pid: pid_t
    private let requests: Int32
    private let answers: Int32
    private let errors: Int32
    private var stopped = false

    private init(pid: pid_t, requests: Int32, answers: Int32, errors: Int32) {
        self.pid = pid
        self.requests = requests
        self.answers = answers
        self.errors = errors
    }

    /// Starts `executable worker` with its standard input, output and error on pipes, and sends
    /// the greeting.
    static func start(executable: String, greeting: [UInt8]) throws(WorkerStartError) -> Worker {
        var toWorker: [Int32] = [0, 0]
        var fromWorker: [Int32] = [0, 0]
        var errorPipe: [Int32] = [0, 0]
        guard makePipe(&toWorker) else { throw WorkerStartError(reason: String(cString: strerror(errno))) }
        guard makePipe(&fromWorker), makePipe(&errorPipe) else {
            let reason = String(cString: strerror(errno))
            for descriptor in toWorker + fromWorker + errorPipe where descriptor > 0 { close(descriptor) }
            throw WorkerStartError(reason: reason)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toWorker[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromWorker[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        // Signals the parent blocks or ignores are not the worker's: a Ctrl-C reaches it, and
        // SIGPIPE ends it when the parent is gone.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // A trap prints one line; the backtracer would spend seconds symbolicating for nobody.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let arguments = [executable, "worker"]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(toWorker[0])
        close(fromWorker[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(toWorker[1])
            close(fromWorker[0])
            close(errorPipe[0])
            throw WorkerStartError(reason: String(cString: strerror(spawned)))
        }
        let flags = fcntl(errorPipe[0], F_GETFL)
        _ = fcntl(errorPipe[0], F_SETFL, flags | O_NONBLOCK)
        let worker = Worker(pid: pid, requests: toWorker[1], answers: fromWorker[0], errors: errorPipe[0])
        guard worker.send(greeting) else {
            throw WorkerStartError(reason: "the worker exited at once (\(worker.stop()))")
        }
        return worker
    }

    /// A pipe whose ends are closed in spawned processes (only the ends dup'ed onto a worker's
    /// standard streams reach it).
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    enum Outcome {
        case answer([UInt8])
        case timedOut
        case died
    }

    /// Waits up to `timeout` seconds for the answer to the oldest request.
    func receive(timeout: Double) -> Outcome {
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        var header = [UInt8](repeating: 0, count: 4)
        switch read(into: &header, deadline: deadline) {
        case .some(true): break
        case .some(false): return .died
        case nil: return .timedOut
        }
        let length = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        var body = [UInt8](repeating: 0, count: length)
        switch read(into: &body, deadline: deadline) {
        case .some(true): return .answer(body)
        case .some(false): return .died
        case nil: return .timedOut
        }
    }

    /// Writes one frame; false when the worker is gone.
    func send(_ payload: [UInt8]) -> Bool {
        let count = UInt32(payload.count)
        let frame = [UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24)] + payload
        return frame.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            var offset = 0
            while offset < raw.count {
                let written = write(requests, base + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// Fills `buffer` from the worker's answers: true when filled, false when the worker closed
    /// its end (it died), nil when the deadline passed first.
    private func read(into buffer: inout [UInt8], deadline: ContinuousClock.Instant) -> Bool? {
        var offset = 0
        while offset < buffer.count {
            let left = deadline - ContinuousClock.now
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
            guard milliseconds > 0 else { return nil }
            var poll = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            let ready = Glibc.poll(&poll, 1, Int32(min(milliseconds, Int64(Int32.max))))
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(answers, raw.baseAddress! + offset, raw.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Kills the worker if it still runs, reaps it, closes the pipes, and says how it ended:
    /// `signal 4: Fatal error: Index out of range`, `exit status 1`.
    @discardableResult
    func stop() -> String {
        guard !stopped else { return "stopped" }
        stopped = true
        close(requests)
        close(answers)
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == 0 {
            // Still running (a time-out, or a retired worker): it gets no second chance.
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        let message = lastError()
        close(errors)
        let signal = status & 0x7F
        let how = signal != 0 ? "signal \(signal)" : "exit status \((status >> 8) & 0xFF)"
        return message.isEmpty ? how : "\(how): \(message)"
    }

    /// The worker's last words: the runtime's "Fatal error: …" line, when it wrote one.
    private func lastError() -> String {
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while collected.count < 1 << 16 {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(errors, $0.baseAddress!, $0.count) }
            guard count > 0 else { break }
            collected += chunk[0..<count]
        }
        let text = String(decoding: collected, as: UTF8.self)
        let lines = text.split(separator: "\n").map { $0.trimmingSpaces() }
        if let fatal = lines.first(where: { $0.contains("Fatal error") }), let range = fatal.range(of: "Fatal error") {
            return String(fatal[range.lowerBound...].prefix(200))
        }
        return String((lines.last ?? "").prefix(200))
    }
}

/// The worker's side: reads the greeting, then answers each unit until its input closes.
public enum ImportWorker {
    /// Serves requests on standard input, answering on standard output. Returns when the parent
    /// closes the pipe.
    public static func serve() {
        // Ctrl-C reaches the whole process group: the parent decides what stops, and closes the
        // pipe when it does.
        signal(SIGINT, SIG_IGN)
        guard let greeting = readFrame(), let (options, aliases) = try? WireReader(greeting).optionsReading() else { return }
        let importer = Importer(options: options, aliases: aliases)
        let environment = ProcessInfo.processInfo.environment
        // Test hooks: a unit whose location contains the value traps, or hangs. Set only by the
        // tests that check a worker's crash and time-out cost just their unit.
        let trapOn = environment["COMMENTARY_TEST_WORKER_TRAP"].flatMap { $0.isEmpty ? nil : $0 }
        let hangOn = environment["COMMENTARY_TEST_WORKER_HANG"].flatMap { $0.isEmpty ? nil : $0 }
        while let request = readFrame() {
            var reader = WireReader(request)
            guard let unit = try? reader.unit() else { return }
            if let trapOn, unit.location.contains(trapOn) { preconditionFailure("test trap for \(unit.location)") }
            if let hangOn, unit.location.contains(hangOn) {
                if let file = environment["COMMENTARY_TEST_WORKER_HANG_PID"] {
                    try? Data("\(getpid())".utf8).write(to: URL(fileURLWithPath: file))
                }
                while true { sleep(60) }
            }
            var answer = WireWriter()
            answer.parsed(importer.parse(unit))
            guard writeFrame(answer.bytes) else { return }
        }
    }

    static func readFrame() -> [UInt8]? {
        var header = [UInt8](repeating: 0, count: 4)
        guard readFully(&header) else { return nil }
        let length = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        var body = [UInt8](repeating: 0, count: length)
        guard readFully(&body) else { return nil }
        return body
    }

    static func readFully(_ buffer: inout [UInt8]) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    static func writeFrame(_ payload: [UInt8]) -> Bool {
        let count = UInt32(payload.count)
        let frame = [UInt8(count & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 24)] + payload
        return frame.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(1, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}

extension WireReader {
    /// The greeting, read from a copy (`options()` is mutating).
    func optionsReading() throws(WireError) -> (ImportOptions, AliasTable) {
        var copy = self
        return try copy.options()
    }
}
