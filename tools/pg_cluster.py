"""A throw-away PostgreSQL + PostGIS cluster on 127.0.0.1, for the tests and the benchmark.

initdb + pg_ctl in a temporary folder, on a free port, with trust authentication for local
connections only (nothing listens beyond 127.0.0.1), except for roles made by add_password_role,
which must log in with their password (scram-sha-256), as on a shared server. PostgreSQL refuses to run as root, so when
this process is root the server runs as the unprivileged `postgres` user (created by Debian's
postgresql-common), which then owns the folder. The binaries are found under
/usr/lib/postgresql/<version>/bin, the newest first (Debian 12 has 15, sid a newer one).
Not packaged: the plugin itself never starts a server.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess  # nosec B404 (test tooling: runs the local PostgreSQL binaries with fixed arguments)
import tempfile
from pathlib import Path

SERVER_USER = "postgres"
DATABASE = "vraem"
START_TIMEOUT_S = 60


class ClusterUnavailable(Exception):
    """No PostgreSQL server binaries or PostGIS extension on this machine."""


def server_bin_dir():
    """Folder of initdb/pg_ctl/postgres of the newest installed PostgreSQL that has PostGIS."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda path: int(Path(path).parent.parent.name), reverse=True)
    for initdb in candidates:
        version = Path(initdb).parent.parent.name
        if glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"):
            return Path(initdb).parent
    raise ClusterUnavailable("no PostgreSQL with PostGIS under /usr/lib/postgresql/*/bin "
                             "(install postgresql-postgis: tools/setup.sh does)")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A running cluster: `uri()` gives a QGIS data-source fragment, `psql(sql)` runs SQL."""

    def __init__(self, folder=None):
        self.bin = server_bin_dir()
        self.owned_folder = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="vraem-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            try:
                account = pwd.getpwnam(SERVER_USER)
            except KeyError:
                raise ClusterUnavailable(f"running as root and there is no '{SERVER_USER}' user") from None
            self.as_user = ["runuser", "-u", SERVER_USER, "--"]
            os.chmod(self.folder, 0o700)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self.user = SERVER_USER if self.as_user else pwd.getpwuid(os.geteuid()).pw_name
        self.started = False

    def _run(self, *args, **kwargs):
        return subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True,  # nosec B603
                              timeout=kwargs.pop("timeout", 600), **kwargs)

    def start(self):
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
                  "-E", "UTF8", "--no-locale")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB "
                   "-c max_wal_size=2GB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", str(START_TIMEOUT_S), "start")
        self.started = True
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, DATABASE)
        self.psql("CREATE EXTENSION postgis;")
        return self

    def stop(self):
        if self.started:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.started = False
        if self.owned_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def psql(self, sql):
        """Run SQL (several statements allowed) with psql; returns its unaligned output."""
        psql = shutil.which("psql") or str(self.bin / "psql")
        result = subprocess.run([psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",  # nosec B603
                                 "-p", str(self.port), "-U", self.user, "-d", DATABASE],
                                input=sql, capture_output=True, text=True, timeout=3600)
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def add_password_role(self, name, password):
        """A login role that may read every table of the public schema and must give its password:
        pg_hba.conf asks it for one from 127.0.0.1 (its line comes before the trust lines)."""
        self.psql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'; "
                  f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"{name}\";")
        hba = self.data / "pg_hba.conf"
        rules = hba.read_text(encoding="utf-8")
        hba.write_text(f"host all \"{name}\" 127.0.0.1/32 scram-sha-256\n" + rules, encoding="utf-8")
        self.psql("SELECT pg_reload_conf();")

    def uri(self, port=None):
        """Connection part of a QGIS 'postgres' data source (no password: trust authentication)."""
        return f"dbname='{DATABASE}' host=127.0.0.1 port={port or self.port} user='{self.user}' sslmode=disable"

    def layer_uri(self, table, geometry_column="geom", key="fid", schema="public", port=None):
        return (f"{self.uri(port)} key='{key}' srid=4326 type=Polygon checkPrimaryKeyUnicity='0' "
                f"table=\"{schema}\".\"{table}\" ({geometry_column})")

    def load_layer(self, layer, table):
        """Copy a QGIS vector layer into a new table `table` (key fid, geometry geom, GiST index)."""
        from qgis.core import QgsVectorLayerExporter

        uri = f"{self.uri()} key='fid' table=\"public\".\"{table}\" (geom)"
        error, message = QgsVectorLayerExporter.exportLayer(layer, uri, "postgres", layer.crs(), False,
                                                            {"overwrite": True, "lowercaseFieldNames": False})
        if error != QgsVectorLayerExporter.ExportError.NoError:
            raise RuntimeError(f"could not export {layer.name()} to PostGIS: {message}")
        self.psql(f'CREATE INDEX IF NOT EXISTS "{table}_geom_idx" ON "{table}" USING gist (geom); '
                  f'ANALYZE "{table}";')

    def load_file(self, path, table):
        """Copy a vector file's only layer into a new table (key fid, geometry geom, GiST index) with
        GDAL's PostgreSQL driver (COPY): fast enough for a million fields."""
        from osgeo import gdal

        gdal.UseExceptions()
        gdal.VectorTranslate(f"PG:dbname={DATABASE} host=127.0.0.1 port={self.port} user={self.user}", str(path),
                             layerName=table, accessMode="overwrite",
                             layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=GIST"])
        self.psql(f'ANALYZE "{table}";')
