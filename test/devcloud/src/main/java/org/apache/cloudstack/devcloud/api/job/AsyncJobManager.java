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
package org.apache.cloudstack.devcloud.api.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.cloudstack.api.ResponseObject;

import com.cloud.utils.component.ManagerBase;

/**
 * Runs async API jobs on a small pool. Jobs naming the same sync object ({@code getSyncObjType()} /
 * {@code getSyncObjId()}, CloudStack's sync queue) run one after another in submission order; all
 * others run in parallel.
 */
public class AsyncJobManager extends ManagerBase {

    /** Work a job does; it returns normally or throws, the manager records nothing by itself. */
    public interface JobWork {
        void run(AsyncJob job);
    }

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, AsyncJob> jobsById = new ConcurrentHashMap<>();
    private final Map<String, AsyncJob> jobsByUuid = new ConcurrentHashMap<>();
    private final Map<String, Deque<Runnable>> syncQueues = new HashMap<>();
    private int poolSize = 4;
    private volatile ExecutorService executor;

    public void setPoolSize(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public boolean start() {
        executorOrStart();
        return true;
    }

    @Override
    public boolean stop() {
        ExecutorService ex = executor;
        if (ex != null) {
            ex.shutdownNow();
            try {
                ex.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    private synchronized ExecutorService executorOrStart() {
        if (executor == null) {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "devcloud-job-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            executor = Executors.newFixedThreadPool(poolSize, factory);
        }
        return executor;
    }

    public long allocateId() {
        return nextId.getAndIncrement();
    }

    /**
     * Registers the job and schedules its work: at once, or behind the jobs already queued on the same
     * sync object.
     */
    public AsyncJob submit(AsyncJob job, JobWork work) {
        jobsById.put(job.getId(), job);
        jobsByUuid.put(job.getUuid(), job);
        Runnable task = () -> {
            try {
                work.run(job);
            } finally {
                scheduleNext(job.getSyncKey());
            }
        };
        String key = job.getSyncKey();
        if (key == null) {
            executorOrStart().execute(task);
            return job;
        }
        boolean runNow;
        synchronized (syncQueues) {
            Deque<Runnable> queue = syncQueues.get(key);
            if (queue == null) {
                syncQueues.put(key, new ArrayDeque<>());
                runNow = true;
            } else {
                queue.addLast(task);
                runNow = false;
            }
        }
        if (runNow) {
            executorOrStart().execute(task);
        }
        return job;
    }

    private void scheduleNext(String key) {
        if (key == null) {
            return;
        }
        Runnable next;
        synchronized (syncQueues) {
            Deque<Runnable> queue = syncQueues.get(key);
            next = queue == null ? null : queue.pollFirst();
            if (next == null) {
                syncQueues.remove(key);
            }
        }
        if (next != null) {
            executorOrStart().execute(next);
        }
    }

    public void complete(AsyncJob job, AsyncJob.Status status, int resultCode, ResponseObject result) {
        job.complete(status, resultCode, result);
    }

    public AsyncJob findById(long id) {
        return jobsById.get(id);
    }

    public AsyncJob findByUuid(String uuid) {
        return uuid == null ? null : jobsByUuid.get(uuid);
    }

    /** Jobs matching the filter, newest first. */
    public List<AsyncJob> list(Predicate<AsyncJob> filter) {
        List<AsyncJob> result = new ArrayList<>(jobsById.values()).stream().filter(filter).collect(Collectors.toList());
        result.sort((a, b) -> Long.compare(b.getId(), a.getId()));
        return result;
    }

    /** Jobs still running or queued, for attaching jobid/jobstatus to listed entities. */
    public List<AsyncJob> pending(String instanceType) {
        return list(j -> j.getStatus() == AsyncJob.Status.IN_PROGRESS && instanceType != null && instanceType.equals(j.getInstanceType()));
    }
}
