"""make backup and make restore: a restore into an empty database brings back every page,
agreement, idea, interest and document, with the documents' files."""

import json
import os
import subprocess
from pathlib import Path

import psycopg

from deploy.stack import BASE_DIR, StackConfig, manage, production_env
from tests.stack.conftest import REDIS_URL, SERVER


def counts(env: dict[str, str], seed_first: bool = False) -> dict[str, int]:
    # Each `manage.py shell` starts Django anew: seed and count in one when we can.
    code = "from tests.stack.seed import counts, seed; " + ("seed(); " if seed_first else "")
    output = manage(env, "shell", "-c", code + "counts()")
    return json.loads(output.strip().splitlines()[-1])


def script(name: str, **env: str) -> str:
    done = subprocess.run(
        ["bash", str(BASE_DIR / "deploy" / name)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_restore_into_an_empty_database_finds_everything(stack_database: str, tmp_path: Path):
    media = tmp_path / "media"
    source = production_env(StackConfig(database_url=stack_database, redis_url=REDIS_URL), 0)
    source["MEDIA_ROOT"] = str(media)
    before = counts(source, seed_first=True)
    assert all(before.values()), before  # one of each at least, or the test proves nothing

    prefix = script(
        "backup.sh", DATABASE_URL=stack_database, MEDIA_ROOT=str(media), BACKUP_DIR=str(tmp_path)
    ).strip()
    assert Path(prefix + ".dump").stat().st_size > 0

    name = f"samverkan_restore_{os.getpid()}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        restored_media = tmp_path / "restored-media"
        script(
            "restore.sh",
            DATABASE_URL=f"{SERVER}/{name}",
            MEDIA_ROOT=str(restored_media),
            BACKUP=prefix,
        )
        after = counts(
            {**source, "DATABASE_URL": f"{SERVER}/{name}", "MEDIA_ROOT": str(restored_media)}
        )
        assert after == before
        # Restoring twice would mix two sites: the script refuses a database with tables.
        again = subprocess.run(
            ["bash", str(BASE_DIR / "deploy" / "restore.sh")],
            env={**os.environ, "DATABASE_URL": f"{SERVER}/{name}", "BACKUP": prefix,
                 "MEDIA_ROOT": str(restored_media)},
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert again.returncode != 0 and "restore into an empty one" in again.stderr
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
