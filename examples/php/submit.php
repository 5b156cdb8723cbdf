<?php
/**
 * Submit a call recording to audio-nlp-pipeline straight through RabbitMQ (no HTTP).
 *
 * The contract: a persistent JSON message {"fiche_id": int, "audio_url": string}
 * (optionally "job_id", a UUID) on the default exchange with routing key
 * "<QUEUE_PREFIX>.download". Setting message_id to the job id makes a resent
 * message the same job. Publisher confirms tell us the broker has it.
 *
 * Usage: php submit.php FICHE_ID AUDIO_URL
 * Environment: RABBITMQ_URL (default amqp://guest:guest@127.0.0.1:5672/), QUEUE_PREFIX (default audio-nlp)
 * Needs php-amqplib (Debian: apt-get install php-amqplib; or composer require php-amqplib/php-amqplib).
 */

declare(strict_types=1);

foreach (['/usr/share/php/PhpAmqpLib/autoload.php', __DIR__ . '/vendor/autoload.php'] as $autoload) {
    if (is_file($autoload)) {
        require_once $autoload;
        break;
    }
}

use PhpAmqpLib\Connection\AMQPStreamConnection;
use PhpAmqpLib\Message\AMQPMessage;

function uuid4(): string
{
    $bytes = random_bytes(16);
    $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
    $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
    return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($bytes), 4));
}

function submit_call(AMQPStreamConnection $connection, string $prefix, int $ficheId, string $audioUrl): string
{
    $jobId = uuid4();
    $channel = $connection->channel();
    $channel->confirm_select();
    $confirmed = null;
    $channel->set_ack_handler(function () use (&$confirmed) { $confirmed = true; });
    $channel->set_nack_handler(function () use (&$confirmed) { $confirmed = false; });
    // mandatory + a return listener: a message no queue takes is an error, not a silent drop.
    $returned = false;
    $channel->set_return_listener(function () use (&$returned) { $returned = true; });

    $body = json_encode(['fiche_id' => $ficheId, 'audio_url' => $audioUrl, 'job_id' => $jobId], JSON_THROW_ON_ERROR);
    $message = new AMQPMessage($body, [
        'content_type' => 'application/json',
        'delivery_mode' => AMQPMessage::DELIVERY_MODE_PERSISTENT,
        'message_id' => $jobId,
    ]);
    $channel->basic_publish($message, '', $prefix . '.download', true);
    $channel->wait_for_pending_acks_returns(10.0);
    $channel->close();
    if ($returned) {
        throw new RuntimeException("no queue $prefix.download: start the ingress or a download worker once to declare it");
    }
    if ($confirmed !== true) {
        throw new RuntimeException("the broker did not confirm job $jobId");
    }
    return $jobId;
}

if (PHP_SAPI === 'cli' && realpath($argv[0]) === __FILE__) {
    if ($argc < 3) {
        fwrite(STDERR, "usage: php submit.php FICHE_ID AUDIO_URL [FICHE_ID AUDIO_URL ...]\n");
        exit(2);
    }
    $url = parse_url(getenv('RABBITMQ_URL') ?: 'amqp://guest:guest@127.0.0.1:5672/');
    $vhost = isset($url['path']) && $url['path'] !== '/' ? rawurldecode(substr($url['path'], 1)) : '/';
    $connection = new AMQPStreamConnection(
        $url['host'] ?? '127.0.0.1',
        $url['port'] ?? 5672,
        rawurldecode($url['user'] ?? 'guest'),
        rawurldecode($url['pass'] ?? 'guest'),
        $vhost
    );
    $prefix = getenv('QUEUE_PREFIX') ?: 'audio-nlp';
    try {
        for ($i = 1; $i + 1 < $argc; $i += 2) {
            $jobId = submit_call($connection, $prefix, (int) $argv[$i], $argv[$i + 1]);
            echo json_encode(['status' => 'queued', 'fiche_id' => (int) $argv[$i], 'job_id' => $jobId]), "\n";
        }
    } catch (RuntimeException $error) {
        fwrite(STDERR, 'submit.php: ' . $error->getMessage() . "\n");
        exit(1);
    }
    $connection->close();
}
