"""The work of each stage as plain async functions; they know nothing of RabbitMQ."""
