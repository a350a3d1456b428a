"""Django's database cache with an ``incr`` that rate limits can rely on.

Django's ``DatabaseCache.incr`` reads the value and writes it back with ``set``: two workers can
both read 4 and both write 5, and ``set`` replaces the counter's expiry with the default timeout,
so a one-hour window ends after five minutes. Production uses this backend when there is no
Redis (``config.settings.environment.shared_cache_config``): the row is locked while it is
counted and keeps its expiry. The table comes from ``manage.py createcachetable``.
"""

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, models, router, transaction
from django.utils.timezone import now as tz_now


class CountingDatabaseCache(DatabaseCache):
    """A database cache whose ``incr`` is atomic and keeps the entry's expiry."""

    def incr(self, key, delta=1, version=None):
        """Add ``delta`` to a stored number under a row lock; ValueError when there is none."""
        cache_key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table, key_column = quote(self._table), quote("cache_key")
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote('value')}, {quote('expires')} FROM {table} "  # noqa: S608
                f"WHERE {key_column} = %s{lock}",
                [cache_key],
            )
            row = cursor.fetchone()
            if row is None or self._expired(connection, row[1]):
                raise ValueError(f"Key '{key}' not found")
            stored = connection.ops.process_clob(row[0])
            value = pickle.loads(base64.b64decode(stored.encode())) + delta  # noqa: S301
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(
                f"UPDATE {table} SET {quote('value')} = %s WHERE {key_column} = %s",  # noqa: S608
                [encoded, cache_key],
            )
        return value

    @staticmethod
    def _expired(connection, expires) -> bool:
        expression = models.Expression(output_field=models.DateTimeField())
        converters = connection.ops.get_db_converters(expression)
        for converter in converters + expression.get_db_converters(connection):
            expires = converter(expires, expression, connection)
        return expires < tz_now()
