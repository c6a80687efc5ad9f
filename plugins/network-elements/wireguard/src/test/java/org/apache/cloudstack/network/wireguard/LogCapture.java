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
package org.apache.cloudstack.network.wireguard;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log event (all loggers, all levels) with its formatted message and stack trace, so a
 * test can assert that no secret ever reaches a log.
 */
final class LogCapture extends AbstractAppender {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    LogCapture() {
        super("wireguard-log-capture", null, null, true, Property.EMPTY_ARRAY);
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder sb = new StringBuilder(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            sb.append('\n').append(trace);
        }
        events.add(sb.toString());
    }

    @Override
    public void start() {
        super.start();
        LoggerContext context = (LoggerContext)LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        config.getRootLogger().addAppender(this, Level.ALL, null);
        config.getRootLogger().setLevel(Level.ALL);
        context.updateLoggers();
    }

    @Override
    public void stop() {
        LoggerContext context = (LoggerContext)LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(getName());
        context.updateLoggers();
        super.stop();
    }

    String text() {
        synchronized (events) {
            return String.join("\n", events);
        }
    }

    int size() {
        return events.size();
    }
}
