<?php
/**
 * A backend endpoint that accepts only deliveries signed by the pipeline (Standard Webhooks).
 *
 * The deliver stage sends, with WEBHOOK_SECRET set:
 *   webhook-id: <job id>   webhook-timestamp: <unix seconds>
 *   webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{raw body}">
 *
 * Answers: 401 bad or missing signature, 401 timestamp outside 5 minutes (a replay),
 * 200 {"status":"accepted"} for a new delivery (appended to RECEIVER_JSONL),
 * 200 {"status":"duplicate","duplicate":true} for an id already accepted (a retry after a
 * lost answer: it must not be applied twice, and must not be retried again either).
 *
 * Environment: WEBHOOK_SECRET (required; "whsec_<base64>" or raw), RECEIVER_JSONL
 * (required), RECEIVER_DEDUPE_DIR (optional, default <temp dir>/audio-nlp-webhooks).
 *
 * Try it:  WEBHOOK_SECRET=whsec_... RECEIVER_JSONL=/tmp/leads.jsonl \
 *          php -S 127.0.0.1:8103 examples/php/receiver.php
 */

declare(strict_types=1);

const TOLERANCE_SECONDS = 300;

function answer(int $status, array $body): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($body), "\n";
}

function webhook_key(string $secret): ?string
{
    if (str_starts_with($secret, 'whsec_')) {
        $key = base64_decode(substr($secret, strlen('whsec_')), true);
        return $key === false ? null : $key;
    }
    return $secret;
}

function signature_valid(string $key, string $id, string $timestamp, string $body, string $header): bool
{
    $expected = base64_encode(hash_hmac('sha256', "{$id}.{$timestamp}.{$body}", $key, true));
    // The header may carry several space-separated signatures (during a secret rotation).
    $valid = false;
    foreach (preg_split('/\s+/', trim($header)) as $entry) {
        [$version, $signature] = array_pad(explode(',', $entry, 2), 2, '');
        // Every entry is compared, so timing does not tell which one matched.
        if ($version === 'v1' && hash_equals($expected, $signature)) {
            $valid = true;
        }
    }
    return $valid;
}

function dedupe_dir(): string
{
    $dir = getenv('RECEIVER_DEDUPE_DIR') ?: sys_get_temp_dir() . '/audio-nlp-webhooks';
    if (!is_dir($dir) && !mkdir($dir, 0700, true) && !is_dir($dir)) {
        throw new RuntimeException('cannot create the dedupe directory');
    }
    return $dir;
}

/** Append the payload unless this id was accepted before; returns false for a repeat. */
function accept_once(string $id, array $payload, string $jsonl): bool
{
    $dir = dedupe_dir();
    $lock = fopen("{$dir}/.lock", 'c');
    // One writer at a time: check, append and mark must not interleave with a
    // concurrent retry of the same id.
    flock($lock, LOCK_EX);
    try {
        $marker = $dir . '/' . hash('sha256', $id);
        if (file_exists($marker)) {
            return false;
        }
        $line = json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\n";
        if (file_put_contents($jsonl, $line, FILE_APPEND | LOCK_EX) === false) {
            throw new RuntimeException('cannot append to RECEIVER_JSONL');
        }
        // Marked only after the append: a crash in between means a retry is applied,
        // never that a delivery is lost.
        touch($marker);
        return true;
    } finally {
        flock($lock, LOCK_UN);
        fclose($lock);
    }
}

function main(): void
{
    if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
        answer(405, ['status' => 'error', 'message' => 'POST only']);
        return;
    }
    $secret = getenv('WEBHOOK_SECRET');
    $jsonl = getenv('RECEIVER_JSONL');
    $key = $secret === false ? null : webhook_key($secret);
    if ($key === null || $key === '' || !$jsonl) {
        answer(500, ['status' => 'error', 'message' => 'receiver is not configured']);
        return;
    }

    $id = $_SERVER['HTTP_WEBHOOK_ID'] ?? '';
    $timestamp = $_SERVER['HTTP_WEBHOOK_TIMESTAMP'] ?? '';
    $signature = $_SERVER['HTTP_WEBHOOK_SIGNATURE'] ?? '';
    $body = file_get_contents('php://input');
    if ($id === '' || !ctype_digit($timestamp) || $signature === '') {
        answer(401, ['status' => 'error', 'message' => 'missing webhook headers']);
        return;
    }
    if (!signature_valid($key, $id, $timestamp, $body, $signature)) {
        answer(401, ['status' => 'error', 'message' => 'bad signature']);
        return;
    }
    // Checked after the signature, so an attacker cannot learn the clock from answers.
    if (abs(time() - (int) $timestamp) > TOLERANCE_SECONDS) {
        answer(401, ['status' => 'error', 'message' => 'timestamp outside tolerance']);
        return;
    }
    $payload = json_decode($body, true);
    if (!is_array($payload)) {
        answer(400, ['status' => 'error', 'message' => 'body is not a JSON object']);
        return;
    }
    if (!accept_once($id, $payload, $jsonl)) {
        answer(200, ['status' => 'duplicate', 'duplicate' => true, 'webhook_id' => $id]);
        return;
    }
    answer(200, ['status' => 'accepted', 'duplicate' => false, 'webhook_id' => $id]);
}

main();
