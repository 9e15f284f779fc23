"""make backup and make restore: a restore into an empty database brings back every page,
agreement, idea, interest, document and application to join, with the documents' files and
the board minutes from PRIVATE_MEDIA_ROOT."""

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
    media, private = tmp_path / "media", tmp_path / "private-media"
    source = production_env(StackConfig(database_url=stack_database, redis_url=REDIS_URL), 0)
    source.update(MEDIA_ROOT=str(media), PRIVATE_MEDIA_ROOT=str(private))
    before = counts(source, seed_first=True)
    assert all(before.values()), before  # one of each at least, or the test proves nothing

    prefix = script(
        "backup.sh",
        DATABASE_URL=stack_database,
        MEDIA_ROOT=str(media),
        PRIVATE_MEDIA_ROOT=str(private),
        BACKUP_DIR=str(tmp_path),
    ).strip()
    assert Path(prefix + ".dump").stat().st_size > 0

    name = f"samverkan_restore_{os.getpid()}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        restored_media = tmp_path / "restored-media"
        restored_private = tmp_path / "restored-private-media"
        script(
            "restore.sh",
            DATABASE_URL=f"{SERVER}/{name}",
            MEDIA_ROOT=str(restored_media),
            PRIVATE_MEDIA_ROOT=str(restored_private),
            BACKUP=prefix,
        )
        after = counts(
            {
                **source,
                "DATABASE_URL": f"{SERVER}/{name}",
                "MEDIA_ROOT": str(restored_media),
                "PRIVATE_MEDIA_ROOT": str(restored_private),
            }
        )
        assert after == before
        # Restoring twice would mix two sites: the script refuses a database with tables.
        again = subprocess.run(
            ["bash", str(BASE_DIR / "deploy" / "restore.sh")],
            env={**os.environ, "DATABASE_URL": f"{SERVER}/{name}", "BACKUP": prefix,
                 "MEDIA_ROOT": str(restored_media),
                 "PRIVATE_MEDIA_ROOT": str(restored_private)},
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert again.returncode != 0 and "restore into an empty one" in again.stderr
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def stand_in_database_tools(folder: Path) -> dict[str, str]:
    """pg_dump, psql and pg_restore that touch no server: the scripts' files alone."""
    folder.mkdir()
    tools = {
        "pg_dump": 'while [ "$1" != "--file" ]; do shift; done; echo dump > "$2"',
        "psql": "echo 0",  # an empty database
        "pg_restore": "exit 0",
    }
    for name, body in tools.items():
        (folder / name).write_text(f"#!/bin/sh\n{body}\n")
        (folder / name).chmod(0o755)
    return {"PATH": f"{folder}:{os.environ['PATH']}", "DATABASE_URL": "postgres://nowhere/none"}


def test_the_private_media_is_backed_up_and_restored_like_the_media(tmp_path: Path):
    env = stand_in_database_tools(tmp_path / "bin")
    media, private = tmp_path / "media", tmp_path / "private-media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "avtal.pdf").write_bytes(b"%PDF public")
    (private / "anslutningar").mkdir(parents=True)
    (private / "anslutningar" / "protokoll.pdf").write_bytes(b"%PDF minutes")
    roots = {"MEDIA_ROOT": str(media), "PRIVATE_MEDIA_ROOT": str(private)}

    prefix = script("backup.sh", **env, **roots, BACKUP_DIR=str(tmp_path / "backups")).strip()
    archive = Path(prefix + ".private-media.tar.gz")
    assert archive.exists() and not Path(f"{archive}.part").exists()
    assert archive.stat().st_mode & 0o077 == 0  # minutes are personal data

    restored = {"MEDIA_ROOT": str(tmp_path / "m2"), "PRIVATE_MEDIA_ROOT": str(tmp_path / "p2")}
    output = script("restore.sh", **env, **restored, BACKUP=prefix)
    assert str(tmp_path / "p2") in output
    assert (tmp_path / "p2" / "anslutningar" / "protokoll.pdf").read_bytes() == b"%PDF minutes"
    assert (tmp_path / "m2" / "documents" / "avtal.pdf").read_bytes() == b"%PDF public"
    assert not (tmp_path / "m2" / "anslutningar").exists()  # never among the public files

    # A backup without its minutes is not taken for a whole one.
    archive.unlink()
    refused = subprocess.run(
        ["bash", str(BASE_DIR / "deploy" / "restore.sh")],
        env={**os.environ, **env, **restored, "BACKUP": prefix},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "private-media.tar.gz is missing" in refused.stderr
